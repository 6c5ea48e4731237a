/**
 * BM25 over the candidate pool, with field weights (BM25F-style: a term in the title or the
 * keywords counts more than one in the body). Document frequencies come from the pool itself,
 * so terms shared by most candidates (技术, 系统) weigh little and distinctive ones weigh most.
 */
import { termCounts } from './text.js';

export interface FieldedText {
  title: string;
  keywords: string[];
  body: string;
}

export interface Bm25Options {
  k1: number;
  b: number;
  titleWeight: number;
  keywordWeight: number;
  bodyWeight: number;
}

export const DEFAULT_BM25: Bm25Options = { k1: 1.2, b: 0.75, titleWeight: 2, keywordWeight: 2, bodyWeight: 1 };

interface IndexedDoc {
  tf: Map<string, number>;
  length: number;
}

export interface TermContribution {
  term: string;
  score: number;
}

export class Bm25Pool {
  private readonly docs: IndexedDoc[];
  private readonly df = new Map<string, number>();
  private readonly avgLength: number;

  constructor(
    texts: FieldedText[],
    private readonly options: Bm25Options = DEFAULT_BM25,
  ) {
    this.docs = texts.map((t) => this.indexDoc(t));
    for (const doc of this.docs) for (const term of doc.tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
    const total = this.docs.reduce((sum, d) => sum + d.length, 0);
    this.avgLength = this.docs.length > 0 ? total / this.docs.length : 1;
  }

  get size(): number {
    return this.docs.length;
  }

  idf(term: string): number {
    const n = this.docs.length;
    const df = this.df.get(term) ?? 0;
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  /** Score of one document for weighted query terms, with each term's share (for reasons). */
  explain(docIndex: number, query: Map<string, number>): { score: number; contributions: TermContribution[] } {
    const doc = this.docs[docIndex];
    const { k1, b } = this.options;
    const norm = k1 * (1 - b + (b * doc.length) / (this.avgLength || 1));
    const contributions: TermContribution[] = [];
    let score = 0;
    for (const [term, weight] of query) {
      const tf = doc.tf.get(term);
      if (!tf) continue;
      const s = weight * this.idf(term) * ((tf * (k1 + 1)) / (tf + norm));
      score += s;
      contributions.push({ term, score: s });
    }
    contributions.sort((a, b2) => b2.score - a.score);
    return { score, contributions };
  }

  score(docIndex: number, query: Map<string, number>): number {
    return this.explain(docIndex, query).score;
  }

  private indexDoc(text: FieldedText): IndexedDoc {
    const { titleWeight, keywordWeight, bodyWeight } = this.options;
    const tf = new Map<string, number>();
    const add = (counts: Map<string, number>, weight: number) => {
      for (const [term, count] of counts) tf.set(term, (tf.get(term) ?? 0) + count * weight);
    };
    add(termCounts(text.title), titleWeight);
    add(termCounts(text.keywords.join('，')), keywordWeight);
    add(termCounts(text.body), bodyWeight);
    let length = 0;
    for (const v of tf.values()) length += v;
    return { tf, length };
  }
}

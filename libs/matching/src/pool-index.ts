/**
 * BM25F over the candidate pool of one listing: each field (title, keywords, body) is length-
 * normalized on its own and weighted before saturation, so a term in a short title counts more
 * than the same term deep in an abstract. Document frequencies come from the pool itself, so
 * terms most candidates share (技术, 系统) weigh little and distinctive ones weigh most.
 * Character trigrams are indexed beside the bigrams: a shared trigram is two adjacent shared
 * bigrams, the simplest measure of term proximity that needs no segmentation.
 */
import { hanRuns, normalizeText, termCounts } from './text.js';

export interface FieldedText {
  title: string;
  keywords: string[];
  body: string;
}

export interface FieldWeights {
  title: number;
  keywords: number;
  body: number;
}

export interface TermContribution {
  term: string;
  score: number;
}

const K1 = 1.2;
const B = 0.75;
const FIELDS = ['title', 'keywords', 'body'] as const;

interface IndexedDoc {
  /** Term → frequency in title, keywords and body. */
  tf: Map<string, [number, number, number]>;
  length: [number, number, number];
  trigrams: Set<string>;
  /** The whole text, normalized, for phrase and window look-ups. */
  text: string;
}

export function trigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (const run of hanRuns(text)) {
    const chars = Array.from(run);
    for (let i = 0; i + 2 < chars.length; i++) out.add(chars[i] + chars[i + 1] + chars[i + 2]);
  }
  return out;
}

export function fieldText(text: FieldedText): [string, string, string] {
  return [text.title, text.keywords.join('，'), text.body];
}

export class PoolIndex {
  readonly docs: IndexedDoc[];
  private readonly df = new Map<string, number>();
  private readonly trigramDf = new Map<string, number>();
  private readonly avgLength: [number, number, number] = [1, 1, 1];

  constructor(texts: FieldedText[]) {
    this.docs = texts.map((t) => indexDoc(t));
    for (const doc of this.docs) {
      for (const term of doc.tf.keys()) this.df.set(term, (this.df.get(term) ?? 0) + 1);
      for (const tri of doc.trigrams) this.trigramDf.set(tri, (this.trigramDf.get(tri) ?? 0) + 1);
    }
    for (let f = 0; f < FIELDS.length; f++) {
      const total = this.docs.reduce((sum, d) => sum + d.length[f], 0);
      this.avgLength[f] = this.docs.length > 0 && total > 0 ? total / this.docs.length : 1;
    }
  }

  get size(): number {
    return this.docs.length;
  }

  idf(term: string): number {
    return idf(this.docs.length, this.df.get(term) ?? 0);
  }

  trigramIdf(tri: string): number {
    return idf(this.docs.length, this.trigramDf.get(tri) ?? 0);
  }

  /** Share of the pool that holds the term. */
  docShare(term: string): number {
    return this.docs.length === 0 ? 0 : (this.df.get(term) ?? 0) / this.docs.length;
  }

  /** BM25F score of one document for weighted query terms, with each term's share (largest first). */
  bm25f(docIndex: number, query: ReadonlyMap<string, number>, weights: FieldWeights): { score: number; contributions: TermContribution[] } {
    const doc = this.docs[docIndex];
    const w = [weights.title, weights.keywords, weights.body];
    const norms = w.map((_, f) => 1 - B + (B * doc.length[f]) / this.avgLength[f]);
    const contributions: TermContribution[] = [];
    let score = 0;
    for (const [term, qw] of query) {
      const tf = doc.tf.get(term);
      if (!tf) continue;
      let pseudo = 0;
      for (let f = 0; f < 3; f++) if (tf[f] > 0) pseudo += (w[f] * tf[f]) / norms[f];
      if (pseudo <= 0) continue;
      const s = qw * this.idf(term) * ((pseudo * (K1 + 1)) / (pseudo + K1));
      score += s;
      contributions.push({ term, score: s });
    }
    contributions.sort((a, b) => b.score - a.score);
    return { score, contributions };
  }

  /** Sum of the idf of the query's trigrams the document holds. */
  phrase(docIndex: number, query: ReadonlyMap<string, number>): number {
    const doc = this.docs[docIndex];
    let score = 0;
    for (const [tri, weight] of query) if (doc.trigrams.has(tri)) score += weight * this.trigramIdf(tri);
    return score;
  }
}

function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function indexDoc(text: FieldedText): IndexedDoc {
  const tf = new Map<string, [number, number, number]>();
  const length: [number, number, number] = [0, 0, 0];
  fieldText(text).forEach((part, f) => {
    for (const [term, count] of termCounts(part)) {
      const entry = tf.get(term) ?? [0, 0, 0];
      entry[f] += count;
      tf.set(term, entry);
      length[f] += count;
    }
  });
  const whole = normalizeText(fieldText(text).join('\n'));
  return { tf, length, trigrams: trigrams(whole), text: whole };
}

/**
 * Re-ranks a pool of candidates for one listing: BM25 over the pool for the listing's text
 * (plus its vocabulary expansions at a lower weight), combined with the pair features.
 */
import { Bm25Pool, type FieldedText } from './bm25.js';
import { expansionTerms, type Expansion } from './expansion.js';
import { pairReasons, textReasons } from './reasons.js';
import { combine, pairFeatures, type MatchFeatures, type PairFacts } from './scoring.js';
import { termCounts } from './text.js';

export interface SubjectText {
  title: string;
  body: string;
  keywords: string[];
  expansions: Expansion[];
}

export interface PoolEntry<T> {
  doc: T;
  text: FieldedText;
  facts: PairFacts;
  /** Best Meilisearch ranking score among the queries that found it. */
  search: number;
  /** How many of the candidate queries found it. */
  hits: number;
}

export interface Ranked<T> {
  doc: T;
  score: number;
  reasons: string[];
  features: MatchFeatures;
}

/** Weights of the query's terms by where they come from. */
export const QUERY_TERM_WEIGHTS = { titleOrKeyword: 1.5, body: 1, expansion: 0.6 };

export function queryTerms(subject: SubjectText): Map<string, number> {
  const weights = new Map<string, number>();
  const put = (text: string, weight: number) => {
    for (const term of termCounts(text).keys()) weights.set(term, Math.max(weights.get(term) ?? 0, weight));
  };
  put(expansionTerms(subject.expansions).join('，'), QUERY_TERM_WEIGHTS.expansion);
  put(subject.body, QUERY_TERM_WEIGHTS.body);
  put([subject.title, ...subject.keywords].join('，'), QUERY_TERM_WEIGHTS.titleOrKeyword);
  return weights;
}

export function rank<T>(subject: SubjectText, pool: PoolEntry<T>[], direction: 'outcomes' | 'demands'): Ranked<T>[] {
  if (pool.length === 0) return [];
  const bm25 = new Bm25Pool(pool.map((p) => p.text));
  const query = queryTerms(subject);
  const explained = pool.map((_, i) => bm25.explain(i, query));
  const best = Math.max(...explained.map((e) => e.score)) || 1;
  const mostHits = Math.max(...pool.map((p) => p.hits)) || 1;
  const subjectText = [subject.title, subject.keywords.join('，'), subject.body].join('\n');
  const ranked = pool.map((entry, i) => {
    const features: MatchFeatures = {
      text: explained[i].score / best,
      search: entry.search,
      coverage: entry.hits / mostHits,
      ...pairFeatures(entry.facts),
    };
    const candidateText = [entry.text.title, entry.text.keywords.join('，'), entry.text.body].join('\n');
    const reasons = [
      ...textReasons({
        subjectKeywords: subject.keywords,
        subjectText,
        candidateKeywords: entry.text.keywords,
        candidateText,
        expansions: subject.expansions,
        contributions: explained[i].contributions,
      }),
      ...pairReasons(entry.facts, direction),
    ];
    return { doc: entry.doc, score: combine(features), reasons, features };
  });
  return ranked.sort((a, b) => b.score - a.score || b.features.text - a.features.text);
}

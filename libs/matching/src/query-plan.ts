/**
 * The candidate queries for one listing. Meilisearch reads only the first 10 words of a query
 * and its matching strategy decides which words to drop, so one long query loses most of a
 * listing; several short focused ones (each keyword, each clause of the title and the text,
 * each vocabulary expansion) reach candidates that share any part of it.
 */
import type { MatchingStrategies } from 'meilisearch';
import { clauses, normalizeText } from './text.js';

export type QueryKind = 'keyword' | 'title' | 'clause' | 'expansion' | 'keywords' | 'feedback';

export interface PlannedQuery {
  q: string;
  kind: QueryKind;
  strategy: MatchingStrategies;
}

export interface QueryPlanInput {
  title: string;
  body: string;
  keywords: string[];
  expansionTerms: string[];
}

export const MAX_QUERIES = 40;
const MAX_BODY_CLAUSES = 12;
/** Meilisearch reads 10 words; a clause longer than this is cut before it is sent. */
const MAX_CLAUSE_CHARS = 24;

export function planQueries(input: QueryPlanInput): PlannedQuery[] {
  const planned: PlannedQuery[] = [];
  const seen = new Set<string>();
  const add = (q: string, kind: QueryKind, strategy: MatchingStrategies) => {
    const text = Array.from(normalizeText(q).trim()).slice(0, MAX_CLAUSE_CHARS).join('');
    const key = `${strategy}:${text}`;
    if (!text || seen.has(key) || planned.length >= MAX_QUERIES) return;
    seen.add(key);
    planned.push({ q: text, kind, strategy });
  };
  const keywords = [...new Set(input.keywords.map((k) => k.trim()).filter(Boolean))];
  if (keywords.length > 1) add(keywords.join(' '), 'keywords', 'frequency');
  keywords.forEach((k) => add(k, 'keyword', 'all'));
  // The title twice: keeping its rarest words, and keeping its first words.
  clauses(input.title).forEach((c) => {
    add(c, 'title', 'frequency');
    add(c, 'title', 'last');
  });
  input.expansionTerms.forEach((t) => add(t, 'expansion', 'all'));
  informativeClauses(input.body)
    .slice(0, MAX_BODY_CLAUSES)
    .forEach((c) => add(c, 'clause', 'frequency'));
  return planned;
}

/** Clauses of the body, longest first (short ones are mostly connectives: "最近", "另外"). */
function informativeClauses(body: string): string[] {
  return clauses(body, 4).sort((a, b) => Array.from(b).length - Array.from(a).length);
}

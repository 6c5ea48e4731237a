/**
 * Measures our matching and the baseline (a plain Meilisearch search with one query string)
 * on the same index in the same run. Documents go straight into the index here.
 */
import { loadConfig } from '@app/config';
import { CandidateSearch, type DemandInput, MatchingService, type OutcomeInput, type VocabularySource } from '@app/matching';
import { type DemandDocument, type OutcomeDocument, SearchService } from '@app/search';
import { type Grades, type Metrics, summarize } from './metrics.js';
import { type Latency, latency, timed } from './timing.js';

export interface EvalCase {
  key: string;
  input: DemandInput;
  baselineQuery: string;
  grades: Grades;
}

export interface ReverseCase {
  key: string;
  input: OutcomeInput;
  baselineQuery: string;
  grades: Grades;
}

export interface Comparison {
  ours: Metrics & Latency;
  baseline: Metrics & Latency;
}

export function searchFor(
  meili: { url: string; masterKey: string },
  indexPrefix: string,
  vocabulary?: VocabularySource,
): { search: SearchService; matching: MatchingService } {
  const config = loadConfig({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, MEILI_INDEX_PREFIX: indexPrefix });
  const search = new SearchService(config);
  return { search, matching: new MatchingService(new CandidateSearch(search), vocabulary) };
}

/** Applies the product's index settings and replaces the outcomes index's documents. */
export async function loadOutcomes(search: SearchService, docs: OutcomeDocument[]): Promise<void> {
  await search.ensureIndexes();
  const index = search.index<OutcomeDocument>('outcomes');
  await index.deleteAllDocuments().waitTask({ timeout: 60000 });
  await index.addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 300000, interval: 200 });
}

/**
 * `answerGrade`: the grade counted as an answer by MRR and recall@10 (1 for match-dev's graded
 * pairs; 3 for CSL, where only the paper itself is the answer and grades 1–2 only shape nDCG).
 */
export async function loadDemands(search: SearchService, docs: DemandDocument[]): Promise<void> {
  await search.ensureIndexes();
  const index = search.index<DemandDocument>('demands');
  await index.deleteAllDocuments().waitTask({ timeout: 60000 });
  await index.addDocuments(docs, { primaryKey: 'id' }).waitTask({ timeout: 300000, interval: 200 });
}

/** Demands for an outcome, against the outcome's title searched in the demands index. */
export async function compareReverse(search: SearchService, matching: MatchingService, cases: ReverseCase[]): Promise<Comparison> {
  const [oursMs, baselineMs]: number[][] = [[], []];
  const ours = await mapLimit(cases, 4, async (c) => ({
    ranked: (await timed(oursMs, () => matching.demandsForOutcome(c.input, { limit: 10 }))).map((m) => m.demand.id),
    grades: c.grades,
  }));
  const baseline = await mapLimit(cases, 4, async (c) => ({
    ranked: (await timed(baselineMs, () => search.index<DemandDocument>('demands').search(c.baselineQuery, { limit: 10 }))).hits.map(
      (h) => h.id,
    ),
    grades: c.grades,
  }));
  return { ours: { ...summarize(ours), ...latency(oursMs) }, baseline: { ...summarize(baseline), ...latency(baselineMs) } };
}

export async function compare(search: SearchService, matching: MatchingService, cases: EvalCase[], answerGrade = 1): Promise<Comparison> {
  const concurrency = 4;
  const [oursMs, baselineMs]: number[][] = [[], []];
  const ours = await mapLimit(cases, concurrency, async (c) => ({
    ranked: (await timed(oursMs, () => matching.outcomesForDemand(c.input, { limit: 10 }))).map((m) => m.outcome.id),
    grades: c.grades,
  }));
  const baseline = await mapLimit(cases, concurrency, async (c) => ({
    ranked: (await timed(baselineMs, () => search.index<OutcomeDocument>('outcomes').search(c.baselineQuery, { limit: 10 }))).hits.map(
      (h) => h.id,
    ),
    grades: c.grades,
  }));
  return {
    ours: { ...summarize(ours, answerGrade), ...latency(oursMs) },
    baseline: { ...summarize(baseline, answerGrade), ...latency(baselineMs) },
  };
}

async function mapLimit<T, R>(items: T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/**
 * Re-ranks a pool of candidates for one listing with the fitted model; each match's reasons are
 * drawn from the features that contributed most to its score, in that order.
 */
import { type FeatureVector, poolFeatures, type PoolEntry, type SubjectText } from './features.js';
import { FITTED_MODEL } from './ranker-weights.js';
import { contributions, type RankerModel, scorePair } from './ranker-model.js';
import { reasonsFor } from './reasons.js';

export type { PoolEntry, SubjectText } from './features.js';

export interface Ranked<T> {
  doc: T;
  score: number;
  reasons: string[];
  features: FeatureVector;
}

/** Ranks the whole pool; reasons are written for the first `limit` only (the ones shown). */
export function rank<T>(
  subject: SubjectText,
  pool: PoolEntry<T>[],
  direction: 'outcomes' | 'demands',
  model: RankerModel = FITTED_MODEL,
  limit = pool.length,
): Ranked<T>[] {
  const evidence = poolFeatures(subject, pool, model.fieldWeights);
  const scored = pool
    .map((entry, i) => ({ entry, i, raw: scorePair(evidence[i].features, model) }))
    .sort((a, b) => b.raw - a.raw || evidence[b.i].features.text - evidence[a.i].features.text)
    .slice(0, limit);
  return scored.map(({ entry, i, raw }) => {
    const { features } = evidence[i];
    const reasons = reasonsFor({
      subject,
      candidate: entry.text,
      facts: entry.facts,
      direction,
      evidence: evidence[i],
      ranking: contributions(features, model),
    });
    return { doc: entry.doc, score: Math.round(Math.min(1, Math.max(0, raw)) * 10000) / 10000, reasons, features };
  });
}

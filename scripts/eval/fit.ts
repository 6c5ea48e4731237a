/**
 * Fits the ranker: coordinate ascent on mean nDCG@10 (as in RankLib's CoordinateAscent) over the
 * feature weights and the BM25F field weights, from the prior model. Pools are gathered once;
 * features are recomputed only when a field weight changes.
 */
import {
  FEATURES,
  FIXED_WEIGHTS,
  type FeatureName,
  type FeatureVector,
  type FieldWeights,
  normalizeModel,
  type RankerModel,
  scorePair,
} from '@app/matching';
import { type Grades, ndcgAt, recallAt, reciprocalRank } from './metrics.js';

export interface FitQuery {
  key: string;
  /** Which set and direction it comes from (folds are stratified by it). */
  group: string;
  grades: Grades;
  ids: string[];
  /** The candidates' features for the given field weights (cached by the caller). */
  features(fieldWeights: FieldWeights): FeatureVector[];
}

export function rankIds(query: FitQuery, model: RankerModel): string[] {
  const features = query.features(model.fieldWeights);
  return query.ids
    .map((id, i) => ({ id, s: scorePair(features[i], model), t: features[i].text }))
    .sort((a, b) => b.s - a.s || b.t - a.t)
    .map((r) => r.id);
}

/**
 * The objective: nDCG@10 averaged within each group (set and direction), then across groups, so
 * that the direction with more judged queries does not decide alone.
 */
export function meanNdcg(queries: FitQuery[], model: RankerModel): number {
  if (queries.length === 0) return 0;
  const byGroup = new Map<string, number[]>();
  for (const q of queries) byGroup.set(q.group, [...(byGroup.get(q.group) ?? []), ndcgAt(10, rankIds(q, model), q.grades)]);
  const means = [...byGroup.values()].map((v) => v.reduce((a, b) => a + b, 0) / v.length);
  return means.reduce((a, b) => a + b, 0) / means.length;
}

export interface Measured {
  ndcg10: number;
  mrr: number;
  recall10: number;
  recall50: number;
  queries: number;
}

export function measure(queries: FitQuery[], model: RankerModel): Measured {
  const n = queries.length || 1;
  const sum = (f: (q: FitQuery, ranked: string[]) => number) =>
    Math.round((queries.reduce((s, q) => s + f(q, rankIds(q, model)), 0) / n) * 10000) / 10000;
  return {
    ndcg10: sum((q, r) => ndcgAt(10, r, q.grades)),
    mrr: sum((q, r) => reciprocalRank(r, q.grades)),
    recall10: sum((q, r) => recallAt(10, r, q.grades)),
    recall50: sum((q, r) => recallAt(50, r, q.grades)),
    queries: queries.length,
  };
}

const STEPS = [0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32];
const FIELD_VALUES = [0.5, 1, 1.5, 2, 3, 4, 6];
/**
 * Signs the domain fixes: a listing within budget, of the same field, with common modes, more
 * mature or newer, or covering more of the listing never counts against a candidate; resting on
 * generic words never counts for it. The sets are too small to overrule that.
 */
const NON_NEGATIVE = new Set<FeatureName>(['text', 'core', 'coverage', 'field', 'modes', 'price', 'maturity', 'recency']);
const NON_POSITIVE = new Set<FeatureName>(['generic']);
const allowed = (name: FeatureName, value: number) => !(NON_NEGATIVE.has(name) && value < 0) && !(NON_POSITIVE.has(name) && value > 0);

/** An improvement smaller than this is noise on sets of this size. */
const MIN_GAIN = 1e-4;

export function fit(queries: FitQuery[], start: RankerModel, rounds = 6): RankerModel {
  let model: RankerModel = normalizeModel(start);
  let best = meanNdcg(queries, model);
  for (let round = 0; round < rounds; round++) {
    // Scores only order candidates, so the scale is free: keep it fixed, so that steps keep their size.
    model = normalizeModel(model);
    let improved = false;
    for (const name of FEATURES) {
      if (name in FIXED_WEIGHTS) continue; // fixed: see FEEDBACK_WEIGHT, RESPONSIVENESS_WEIGHT
      const current = model.weights[name];
      let bestValue = current;
      for (const step of STEPS) {
        for (const value of [current + step, current - step]) {
          if (!allowed(name, value)) continue;
          const trial = { ...model, weights: { ...model.weights, [name]: value } as Record<FeatureName, number> };
          const score = meanNdcg(queries, trial);
          if (score > best + MIN_GAIN) {
            best = score;
            bestValue = value;
          }
        }
      }
      if (bestValue !== current) {
        model = { ...model, weights: { ...model.weights, [name]: bestValue } };
        improved = true;
      }
    }
    for (const field of ['title', 'keywords'] as const) {
      for (const value of FIELD_VALUES) {
        if (value === model.fieldWeights[field]) continue;
        const trial = { ...model, fieldWeights: { ...model.fieldWeights, [field]: value } };
        const score = meanNdcg(queries, trial);
        if (score > best + MIN_GAIN) {
          best = score;
          model = trial;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return normalizeModel(model);
}

/** Query keys into k folds, round-robin within each group (so every fold holds every group). */
export function folds(queries: FitQuery[], k: number): FitQuery[][] {
  const out: FitQuery[][] = Array.from({ length: k }, () => []);
  const groups = new Map<string, FitQuery[]>();
  for (const q of queries) groups.set(q.group, [...(groups.get(q.group) ?? []), q]);
  for (const members of groups.values()) {
    [...members].sort((a, b) => stableHash(a.key) - stableHash(b.key)).forEach((q, i) => out[i % k].push(q));
  }
  return out;
}

function stableHash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** k-fold cross-validation: fit on k−1 folds, measure on the one left out, for each fold. */
export function crossValidate(
  queries: FitQuery[],
  start: RankerModel,
  k: number,
): { heldOut: Map<string, RankerModel>; models: RankerModel[] } {
  const parts = folds(queries, k);
  const heldOut = new Map<string, RankerModel>();
  const models: RankerModel[] = [];
  parts.forEach((test, i) => {
    const train = parts.filter((_, j) => j !== i).flat();
    const model = fit(train, start);
    models.push(model);
    for (const q of test) heldOut.set(q.key, model);
  });
  return { heldOut, models };
}

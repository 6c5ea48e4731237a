/**
 * The ranker: a linear model over the pair features, fitted by coordinate ascent on nDCG@10
 * (`fit.ts`), plus the BM25F field weights the text features are computed with. Scoring is a
 * pure function of a pair's features, so stored match lists can be re-scored without a search.
 */
import { FEATURES, type FeatureName, type FeatureVector } from './features.js';
import type { FieldWeights } from './pool-index.js';

export interface RankerModel {
  fieldWeights: FieldWeights;
  weights: Record<FeatureName, number>;
}

/** Weights before any fitting: the text score dominates, pair features order near-ties. */
export const PRIOR_MODEL: RankerModel = {
  fieldWeights: { title: 2, keywords: 2, body: 1 },
  weights: {
    ...(Object.fromEntries(FEATURES.map((f) => [f, 0])) as Record<FeatureName, number>),
    text: 0.64,
    search: 0.08,
    hits: 0.06,
    field: 0.05,
    modes: 0.06,
    price: 0.04,
    maturity: 0.04,
    recency: 0.03,
    feedback: 0.05,
    responsiveness: 0.02,
  },
};

export function scorePair(features: FeatureVector, model: RankerModel): number {
  let score = 0;
  for (const name of FEATURES) score += model.weights[name] * clamp(features[name], name === 'feedback' ? -1 : 0);
  return score;
}

/** Each feature's share of the score, largest first (what the reasons are drawn from). */
export function contributions(features: FeatureVector, model: RankerModel): { feature: FeatureName; value: number }[] {
  return FEATURES.map((feature) => ({ feature, value: model.weights[feature] * clamp(features[feature], feature === 'feedback' ? -1 : 0) }))
    .filter((c) => c.value !== 0)
    .sort((a, b) => b.value - a.value);
}

/**
 * How much market evidence (accepted inquiries, deals, declines) moves a score, at most, either
 * way: it is not fitted (the graded sets hold no such evidence) but fixed and small, so that it
 * reorders near-equals and never lifts an unrelated listing over a relevant one.
 */
export const FEEDBACK_WEIGHT = 0.05;

/**
 * How much an owner's responsiveness (reply rate and speed over 90 days) lifts a score, at most:
 * fixed like FEEDBACK_WEIGHT, as the graded sets know no inquiries, and smaller, so that it only
 * orders near-equal candidates towards owners who answer.
 */
export const RESPONSIVENESS_WEIGHT = 0.02;

/** The weights that are set, not fitted. */
export const FIXED_WEIGHTS: Partial<Record<FeatureName, number>> = { feedback: FEEDBACK_WEIGHT, responsiveness: RESPONSIVENESS_WEIGHT };

/** Scales the weights so that the positive text and pair weights sum to 1; the fixed weights stay as FIXED_WEIGHTS says. */
export function normalizeModel(model: RankerModel): RankerModel {
  const fitted = FEATURES.filter((f) => !(f in FIXED_WEIGHTS));
  const positive = fitted.reduce((s, f) => s + Math.max(0, model.weights[f]), 0) || 1;
  const weights = Object.fromEntries(fitted.map((f) => [f, round(model.weights[f] / positive)])) as Record<FeatureName, number>;
  return { fieldWeights: { ...model.fieldWeights }, weights: { ...weights, ...FIXED_WEIGHTS } as Record<FeatureName, number> };
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function clamp(value: number, min: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(min, value)) : 0;
}

import { FEATURES, type FeatureVector } from './features.js';
import {
  contributions,
  FEEDBACK_WEIGHT,
  FIXED_WEIGHTS,
  normalizeModel,
  PRIOR_MODEL,
  RESPONSIVENESS_WEIGHT,
  scorePair,
} from './ranker-model.js';

const zero = Object.fromEntries(FEATURES.map((f) => [f, 0])) as FeatureVector;

describe('normalizeModel', () => {
  it('scales positive weights to sum to 1 and keeps the feedback and responsiveness weights fixed', () => {
    const model = normalizeModel({ ...PRIOR_MODEL, weights: { ...PRIOR_MODEL.weights, text: 3, feedback: 9, responsiveness: 4 } });
    const positive = FEATURES.filter((f) => !(f in FIXED_WEIGHTS)).reduce((s, f) => s + Math.max(0, model.weights[f]), 0);
    expect(positive).toBeCloseTo(1, 5);
    expect(model.weights.feedback).toBe(FEEDBACK_WEIGHT);
    expect(model.weights.responsiveness).toBe(RESPONSIVENESS_WEIGHT);
  });

  it('keeps responsiveness smaller than any market evidence', () => {
    expect(RESPONSIVENESS_WEIGHT).toBeGreaterThan(0);
    expect(RESPONSIVENESS_WEIGHT).toBeLessThan(FEEDBACK_WEIGHT);
  });
});

describe('scorePair', () => {
  it('is the weighted sum of features clamped to their ranges', () => {
    const model = normalizeModel(PRIOR_MODEL);
    expect(scorePair({ ...zero, text: 1 }, model)).toBeCloseTo(model.weights.text, 6);
    expect(scorePair({ ...zero, text: 5 }, model)).toBeCloseTo(model.weights.text, 6);
    expect(scorePair({ ...zero, text: Number.NaN }, model)).toBe(0);
    expect(scorePair({ ...zero, feedback: -3 }, model)).toBeCloseTo(-FEEDBACK_WEIGHT, 6);
    expect(scorePair({ ...zero, responsiveness: 1 }, model)).toBeCloseTo(RESPONSIVENESS_WEIGHT, 6);
    expect(scorePair({ ...zero, responsiveness: -1 }, model)).toBe(0);
  });
});

describe('contributions', () => {
  it('lists non-zero contributions, largest first', () => {
    const list = contributions({ ...zero, text: 1, field: 1 }, PRIOR_MODEL);
    expect(list.map((c) => c.feature)).toEqual(['text', 'field']);
  });
});

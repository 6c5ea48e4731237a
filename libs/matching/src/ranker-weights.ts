/**
 * The ranker's fitted weights, written by `npm run fit:match` (coordinate ascent on nDCG@10 over
 * match-dev and the graded market set, both directions). Refit after changing features or the
 * vocabulary: `npm run fit:match` rewrites this file; `npm run eval:match` reports held-out folds.
 */
import type { RankerModel } from './ranker-model.js';

export const FITTED_MODEL: RankerModel = {
  fieldWeights: {
    title: 2,
    keywords: 2,
    body: 1,
  },
  weights: {
    text: 0.35636,
    core: 0.075904,
    body: 0.071272,
    expansion: 0.071272,
    feedbackTerms: -0.071272,
    titleField: -0.071272,
    keywordField: 0.035636,
    phrase: 0.014076,
    proximity: 0.035636,
    coverage: 0.071272,
    generic: -0.035636,
    single: 0.061171,
    search: -0.005051,
    hits: 0.035992,
    field: 0.022272,
    modes: 0.080894,
    price: 0.017818,
    maturity: 0.037062,
    recency: 0.013364,
    feedback: 0.05,
    responsiveness: 0.02,
  },
};

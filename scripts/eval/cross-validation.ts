/**
 * Honest figures for the ranker: k-fold cross-validation over the tuning sets (match-dev and the
 * graded market set, both directions), each query measured with weights fitted without it; and
 * the colloquial set, never used for fitting, measured with the weights fitted on everything else.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FITTED_MODEL, PRIOR_MODEL, type RankerModel, type VocabularySource } from '@app/matching';
import { searchFor } from './direct-eval.js';
import { crossValidate, fit, type FitQuery, type Measured, measure, rankIds } from './fit.js';
import { loadMatchDev } from './match-dev.js';
import { type Grades, ndcgAt, recallAt, reciprocalRank } from './metrics.js';
import { gatherPools } from './pools.js';

type Meili = { url: string; masterKey: string };

export const FIXTURES = resolve('libs/matching/test/fixtures');

export interface CvOptions {
  matchDev?: string;
  folds: number;
  /** Write the weights fitted on all tuning sets to libs/matching/src/ranker-weights.ts. */
  write: boolean;
  /** Another vocabulary than the code's seeds (to measure candidates such as CC-CEDICT glosses). */
  vocabulary?: VocabularySource;
}

function heldOutMeasure(queries: FitQuery[], models: Map<string, RankerModel>): Measured {
  const n = queries.length || 1;
  const runs = queries.map((q) => ({ q, ranked: rankIds(q, models.get(q.key)!) }));
  const mean = (f: (r: { q: FitQuery; ranked: string[] }) => number) =>
    Math.round((runs.reduce((s, r) => s + f(r), 0) / n) * 10000) / 10000;
  const g = (r: { q: FitQuery }): Grades => r.q.grades;
  return {
    ndcg10: mean((r) => ndcgAt(10, r.ranked, g(r))),
    mrr: mean((r) => reciprocalRank(r.ranked, g(r))),
    recall10: mean((r) => recallAt(10, r.ranked, g(r))),
    recall50: mean((r) => recallAt(50, r.ranked, g(r))),
    queries: queries.length,
  };
}

export async function crossValidation(meili: Meili, options: CvOptions): Promise<Record<string, unknown>> {
  const tuning: FitQuery[] = [];
  const sets: [string, string][] = [['market', resolve(FIXTURES, 'graded-market.json')]];
  if (options.matchDev && existsSync(options.matchDev)) sets.unshift(['match-dev', options.matchDev]);
  for (const [name, path] of sets) {
    const { search, matching } = searchFor(meili, `eval_cv_${name.replace('-', '')}_`, options.vocabulary);
    const pools = await gatherPools(name, loadMatchDev(path), search, matching);
    tuning.push(...pools.forward, ...pools.reverse);
  }
  const { search, matching } = searchFor(meili, 'eval_cv_colloquial_', options.vocabulary);
  const colloquial = await gatherPools('colloquial', loadMatchDev(resolve(FIXTURES, 'graded-colloquial.json')), search, matching);

  const { heldOut } = crossValidate(tuning, PRIOR_MODEL, options.folds);
  const fitted = fit(tuning, PRIOR_MODEL);
  if (options.write) writeWeights(fitted);
  const groups = [...new Set(tuning.map((q) => q.group))];
  const perGroup = (model: (q: FitQuery) => RankerModel) =>
    Object.fromEntries(
      groups.map((g) => {
        const qs = tuning.filter((q) => q.group === g);
        return [g, heldOutMeasure(qs, new Map(qs.map((q) => [q.key, model(q)])))];
      }),
    );
  return {
    folds: options.folds,
    heldOut: perGroup((q) => heldOut.get(q.key)!),
    priorWeights: perGroup(() => PRIOR_MODEL),
    inSample: perGroup(() => fitted),
    checkedIn: perGroup(() => FITTED_MODEL),
    colloquial: {
      note: 'never used for fitting; weights fitted on all tuning sets',
      fitted: { outcomes: measure(colloquial.forward, fitted), demands: measure(colloquial.reverse, fitted) },
      checkedIn: { outcomes: measure(colloquial.forward, FITTED_MODEL), demands: measure(colloquial.reverse, FITTED_MODEL) },
      priorWeights: { outcomes: measure(colloquial.forward, PRIOR_MODEL), demands: measure(colloquial.reverse, PRIOR_MODEL) },
    },
    fittedModel: fitted,
  };
}

function writeWeights(model: RankerModel): void {
  const body = `/**
 * The ranker's fitted weights, written by \`npm run fit:match\` (coordinate ascent on nDCG@10 over
 * match-dev and the graded market set, both directions). Refit after changing features or the
 * vocabulary: \`npm run fit:match\` rewrites this file; \`npm run eval:match\` reports held-out folds.
 */
import type { RankerModel } from './ranker-model.js';

export const FITTED_MODEL: RankerModel = ${JSON.stringify(model, null, 2)};
`;
  writeFileSync(resolve('libs/matching/src/ranker-weights.ts'), body);
}

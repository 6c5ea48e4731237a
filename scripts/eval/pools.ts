/**
 * Gathers the candidate pools of a graded set once (straight into its own index), so that the
 * ranker can be fitted and cross-validated without searching again.
 */
import { type FeatureVector, type FieldWeights, type MatchingService, type MatchPool, poolFeatures } from '@app/matching';
import type { DemandDocument, OutcomeDocument, SearchService } from '@app/search';
import { matchDevCases, matchDevDemands, matchDevOutcomes, matchDevReverseCases } from './datasets.js';
import { loadDemands, loadOutcomes } from './direct-eval.js';
import type { FitQuery } from './fit.js';
import type { Grades } from './metrics.js';
import type { MatchDevSet } from './match-dev.js';

function fitQuery<T extends { id: string }>(key: string, group: string, grades: Grades, pool: MatchPool<T>): FitQuery {
  const cache = new Map<string, FeatureVector[]>();
  return {
    key: `${group}:${key}`,
    group,
    grades,
    ids: pool.pool.map((p) => p.doc.id),
    features: (fw: FieldWeights) => {
      const k = `${fw.title}/${fw.keywords}/${fw.body}`;
      let hit = cache.get(k);
      if (!hit) {
        hit = poolFeatures(pool.subject, pool.pool, fw).map((e) => e.features);
        cache.set(k, hit);
      }
      return hit;
    },
  };
}

export interface SetPools {
  forward: FitQuery[];
  reverse: FitQuery[];
}

/** Loads the set into the index and gathers each demand's and each judged outcome's pool. */
export async function gatherPools(
  name: string,
  set: MatchDevSet,
  search: SearchService,
  matching: MatchingService,
  extra: { outcomes?: OutcomeDocument[]; demands?: DemandDocument[] } = {},
): Promise<SetPools> {
  await loadOutcomes(search, [...matchDevOutcomes(set), ...(extra.outcomes ?? [])]);
  await loadDemands(search, [...matchDevDemands(set), ...(extra.demands ?? [])]);
  const forward: FitQuery[] = [];
  for (const c of matchDevCases(set)) {
    forward.push(fitQuery(c.key, `${name}/outcomes`, c.grades, await matching.outcomePool(c.input, {})));
  }
  const reverse: FitQuery[] = [];
  for (const c of matchDevReverseCases(set)) {
    reverse.push(fitQuery(c.key, `${name}/demands`, c.grades, await matching.demandPool(c.input, {})));
  }
  return { forward, reverse };
}

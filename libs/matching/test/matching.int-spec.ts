/**
 * Matching on the real Meilisearch of the test run: the quality bar on the graded market set
 * that lives in the repo (our nDCG@10 ≥ 0.85 and above a plain title search on the same index),
 * and the behaviour the match pages rely on. MATCH_DEV_DATA points it at another graded set.
 */
import { resolve } from 'node:path';
import type { MatchingService } from '@app/matching';
import type { OutcomeDocument, SearchService } from '@app/search';
import { matchDevCases, matchDevDemands, matchDevOutcomes, matchDevReverseCases } from '../../../scripts/eval/datasets.js';
import { compare, compareReverse, loadDemands, loadOutcomes, searchFor } from '../../../scripts/eval/direct-eval.js';
import { loadMatchDev, type MatchDevSet } from '../../../scripts/eval/match-dev.js';

const DATA = resolve(process.env.MATCH_DEV_DATA ?? 'libs/matching/test/fixtures/graded-market.json');

describe('MatchingService', () => {
  let set: MatchDevSet;
  let search: SearchService;
  let matching: MatchingService;

  beforeAll(async () => {
    set = loadMatchDev(DATA);
    ({ search, matching } = searchFor(
      { url: process.env.MEILI_URL!, masterKey: process.env.MEILI_MASTER_KEY! },
      `${process.env.MEILI_INDEX_PREFIX}matching_`,
    ));
    await loadOutcomes(search, matchDevOutcomes(set));
    const demands = matchDevDemands(set);
    await loadDemands(search, [...demands, { ...demands[0], id: 'expired', deadline: 1_000_000 }]);
  });

  describe('outcomesForDemand', () => {
    it('reaches nDCG@10 ≥ 0.85 on the graded market set, above the title-search baseline', async () => {
      const { ours, baseline } = await compare(search, matching, matchDevCases(set));
      expect(ours.queries).toBe(set.demands.length);
      expect(ours.ndcg10).toBeGreaterThanOrEqual(0.85);
      expect(ours.ndcg10).toBeGreaterThan(baseline.ndcg10);
    });

    it('gives scores best first, each match with Chinese reasons', async () => {
      const [first] = matchDevCases(set);
      const matches = await matching.outcomesForDemand(first.input, { limit: 10 });
      expect(matches).toHaveLength(10);
      for (let i = 1; i < matches.length; i++) expect(matches[i - 1].score).toBeGreaterThanOrEqual(matches[i].score);
      for (const m of matches) {
        expect(m.reasons.length).toBeGreaterThan(0);
        expect(m.reasons.join('')).toMatch(/\p{Script=Han}/u);
      }
    });

    it('ranks a strong match of another cooperation mode instead of hiding it', async () => {
      const [first] = matchDevCases(set);
      const best = (await matching.outcomesForDemand(first.input, { limit: 1 }))[0].outcome;
      const otherModes = (['transfer', 'license', 'equity', 'joint_development', 'service'] as const).filter(
        (m) => !best.transferModes.includes(m),
      );
      const matches = await matching.outcomesForDemand({ ...first.input, cooperationModes: otherModes }, { limit: 10 });
      expect(matches.map((m) => m.outcome.id)).toContain(best.id);
    });

    it('leaves out the excluded organization, whatever its id contains', async () => {
      const [first] = matchDevCases(set);
      const best = (await matching.outcomesForDemand(first.input, { limit: 1 }))[0].outcome;
      const without = await matching.outcomesForDemand(first.input, { limit: 50, excludeOrganizationId: best.organizationId });
      expect(without.length).toBeGreaterThan(0);
      expect(without.some((m) => m.outcome.organizationId === best.organizationId)).toBe(false);
      const hostile = await matching.outcomesForDemand(first.input, { limit: 50, excludeOrganizationId: 'x" OR organizationId != "y' });
      expect(hostile.length).toBeGreaterThan(0);
    });

    it('reports Meilisearch being unreachable as MATCHING_UNAVAILABLE', async () => {
      const down = searchFor({ url: 'http://127.0.0.1:9', masterKey: 'unused-master-key' }, 'down_');
      const [first] = matchDevCases(set);
      await expect(down.matching.outcomesForDemand(first.input, { limit: 10 })).rejects.toMatchObject({ code: 'MATCHING_UNAVAILABLE' });
    });

    it('finds nothing in an index without a related outcome', async () => {
      const matches = await matching.outcomesForDemand({ title: 'zzqx', description: '', keywords: [] }, { limit: 10 });
      expect(matches).toEqual([]);
    });
  });

  describe('demandsForOutcome', () => {
    it('finds the demands an outcome answers, above the title-search baseline', async () => {
      const { ours, baseline } = await compareReverse(search, matching, matchDevReverseCases(set));
      expect(ours.ndcg10).toBeGreaterThanOrEqual(0.85);
      expect(ours.ndcg10).toBeGreaterThan(baseline.ndcg10);
    });

    it('leaves out demands whose deadline has passed', async () => {
      const [first] = matchDevCases(set);
      const best = Math.max(...first.grades.values());
      const answer = [...first.grades].find(([, grade]) => grade === best)![0];
      const outcome = matchDevOutcomes(set).find((o) => o.id === answer)!;
      const ids = (await matching.demandsForOutcome(outcome, { limit: 50 })).map((m) => m.demand.id);
      expect(ids).toContain(first.key);
      expect(ids).not.toContain('expired');
    });

    it('explains what the demand offers the outcome', async () => {
      const outcome: OutcomeDocument = matchDevOutcomes(set)[0];
      const [best] = await matching.demandsForOutcome(outcome, { limit: 5 });
      expect(best.reasons.length).toBeGreaterThan(0);
      expect(best.demand.title.length).toBeGreaterThan(0);
    });
  });
});

import { jest } from '@jest/globals';
import { MatchingService, MatchLists } from '@app/matching';
import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bearer, eventually } from '../helpers/listings.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

/** Stored match lists through the public api: kept by the worker, read by the match pages. */
describe('stored match lists (e2e)', () => {
  let market: TestMarket;
  let { app, db, bureau, enterprise, institution } = {} as TestMarket;

  beforeAll(async () => {
    market = await startMarket({ isolated: 'lists' });
    ({ app, db, bureau, enterprise, institution } = market);
  });

  afterAll(() => market?.drop());

  const create = async (kind: 'demands' | 'outcomes', body: Record<string, unknown>): Promise<string> => {
    const token = kind === 'demands' ? enterprise.token : institution.token;
    return (await api(app).post(`/api/v1/${kind}`).set(bearer(token)).send(body).expect(201)).body.id;
  };
  const approve = (kind: 'demands' | 'outcomes', id: string) =>
    api(app).post(`/api/v1/${kind}/${id}/approve`).set(bearer(bureau)).expect(200);
  const matchIds = async (kind: 'demands' | 'outcomes', id: string) => {
    const res = await api(app).get(`/api/v1/${kind}/${id}/matches`).query({ limit: 50 }).expect(200);
    const key = kind === 'demands' ? 'outcome' : 'demand';
    return { ids: (res.body.items as Record<string, { id: string }>[]).map((i) => i[key].id), computedAt: res.body.computedAt as string };
  };
  const storedList = async (kind: 'demand' | 'outcome', id: string) =>
    (await db.query('SELECT computed_at FROM match_lists WHERE listing_kind = $1 AND listing_id = $2', [kind, id])) as {
      computed_at: Date;
    }[];
  const storedEntries = async (kind: 'demand' | 'outcome', id: string) =>
    (
      (await db.query('SELECT counterpart_id FROM match_list_entries WHERE listing_kind = $1 AND listing_id = $2', [kind, id])) as {
        counterpart_id: string;
      }[]
    ).map((r) => r.counterpart_id);

  const frostDemand = (word: string) =>
    demandBody({
      title: '每年倒春寒，早春茶芽冻伤严重',
      description: `三月常遇倒春寒，茶园新芽一夜冻伤，想找防霜冻的办法，最好能提前预警。${word}`,
      keywords: ['倒春寒', '茶园', word],
      cooperationModes: ['service', 'transfer'],
      budgetMax: '300000.00',
    });
  const frostOutcome = (word: string, title = '茶园晚霜冻害预警与防御技术') =>
    outcomeBody({
      title,
      abstract: `基于气象预警与防霜风扇联动的茶园晚霜冻害综合防御技术，可提前预警并自动启停。${word}`,
      keywords: ['霜冻', '冻害', '茶园', word],
      transferModes: ['service'],
      askingPrice: '150000.00',
      trl: 8,
    });

  it('computes a list when its listing is published, and scores a later counterpart into it without a search of its own', async () => {
    const word = uniqueWord();
    const demandId = await create('demands', frostDemand(word));
    await approve('demands', demandId);
    // The worker stores the demand's list without anyone opening its match page.
    await eventually(async () => expect(await storedList('demand', demandId)).toHaveLength(1));
    const outcomeId = await create('outcomes', frostOutcome(word));
    const approvedAt = Date.now();
    await approve('outcomes', outcomeId);
    await eventually(async () => expect(await storedEntries('demand', demandId)).toContain(outcomeId));
    // The demand's list was extended: the entry is newer than the approval.
    const page = await matchIds('demands', demandId);
    expect(page.ids).toContain(outcomeId);
    expect(Number.isNaN(new Date(page.computedAt).getTime())).toBe(false);
    const [entry] = (await db.query(
      'SELECT computed_at FROM match_list_entries WHERE listing_kind = $1 AND listing_id = $2 AND counterpart_id = $3',
      ['demand', demandId, outcomeId],
    )) as { computed_at: Date }[];
    expect(entry.computed_at.getTime()).toBeGreaterThanOrEqual(approvedAt);
    // The other direction: the outcome's own list holds the demand.
    expect((await matchIds('outcomes', outcomeId)).ids).toContain(demandId);
  });

  it('removes a closed counterpart from every list, and a closed listing loses its own list', async () => {
    const word = uniqueWord();
    const demandId = await create('demands', frostDemand(word));
    const outcomeId = await create('outcomes', frostOutcome(word));
    await approve('demands', demandId);
    await approve('outcomes', outcomeId);
    await eventually(async () => expect(await storedEntries('demand', demandId)).toContain(outcomeId));
    await api(app).post(`/api/v1/outcomes/${outcomeId}/close`).set(bearer(institution.token)).expect(200);
    await eventually(async () => {
      expect(await storedEntries('demand', demandId)).not.toContain(outcomeId);
      expect(await storedList('outcome', outcomeId)).toHaveLength(0);
    });
    expect((await matchIds('demands', demandId)).ids).not.toContain(outcomeId);
  });

  it("keeps a listing indexed again on its counterparts' match pages while it is scored into them again", async () => {
    const word = uniqueWord();
    const demandId = await create('demands', frostDemand(word));
    await approve('demands', demandId);
    const outcomeId = await create('outcomes', frostOutcome(word));
    await approve('outcomes', outcomeId);
    await eventually(async () => expect(await storedEntries('demand', demandId)).toContain(outcomeId));
    // With the worker stopped, only the refreshes below write lists. Each time the outcome is about
    // to be scored into a counterpart's list (its owner's responsiveness is read just before), the
    // demand's match page is read.
    await market.stopWorker();
    const matching = app.get(MatchingService, { strict: false });
    const responsivenessOf = matching.responsivenessOf.bind(matching);
    const pages: string[][] = [];
    const spy = jest.spyOn(matching, 'responsivenessOf').mockImplementation(async (organizationIds: string[]) => {
      if (organizationIds.length === 1 && organizationIds[0] === institution.orgId) pages.push((await matchIds('demands', demandId)).ids);
      return responsivenessOf(organizationIds);
    });
    try {
      // Two refreshes of the same listing at once, as when two of its index jobs overlap.
      const lists = app.get(MatchLists, { strict: false });
      await Promise.all([lists.refresh('outcome', outcomeId), lists.refresh('outcome', outcomeId)]);
    } finally {
      spy.mockRestore();
      await market.restartWorker();
    }
    expect(pages.length).toBeGreaterThanOrEqual(2);
    for (const ids of pages) expect(ids).toContain(outcomeId);
    expect(await storedEntries('demand', demandId)).toContain(outcomeId);
  });

  it('takes a listing indexed again out of the lists it no longer ranks in', async () => {
    const word = uniqueWord();
    const kept = await create('demands', frostDemand(word));
    const dropped = await create('demands', frostDemand(word));
    await approve('demands', kept);
    await approve('demands', dropped);
    const outcomeId = await create('outcomes', frostOutcome(word));
    await approve('outcomes', outcomeId);
    await eventually(async () => {
      expect(await storedEntries('demand', kept)).toContain(outcomeId);
      expect(await storedEntries('demand', dropped)).toContain(outcomeId);
    });
    await market.stopWorker();
    try {
      // `dropped` now stands for a list the outcome no longer belongs in (a list is never scored
      // into by its own organization's listings); the outcome is refreshed as when indexed again.
      await db.query('UPDATE match_lists SET organization_id = $1 WHERE listing_kind = $2 AND listing_id = $3', [
        institution.orgId,
        'demand',
        dropped,
      ]);
      const result = await app.get(MatchLists, { strict: false }).refresh('outcome', outcomeId);
      expect(result.removed).toBe(1);
      expect(await storedEntries('demand', kept)).toContain(outcomeId);
      expect(await storedEntries('demand', dropped)).not.toContain(outcomeId);
    } finally {
      await market.restartWorker();
    }
  });

  it('computes a missing list on the spot when its page is read, and stores it', async () => {
    const word = uniqueWord();
    const outcomeId = await create('outcomes', frostOutcome(word));
    await approve('outcomes', outcomeId);
    const demandId = await create('demands', frostDemand(word));
    await approve('demands', demandId);
    await eventually(async () => expect(await storedList('demand', demandId)).toHaveLength(1));
    await db.query('DELETE FROM match_list_entries WHERE listing_kind = $1 AND listing_id = $2', ['demand', demandId]);
    await db.query('DELETE FROM match_lists WHERE listing_kind = $1 AND listing_id = $2', ['demand', demandId]);
    const page = await matchIds('demands', demandId);
    expect(page.ids).toContain(outcomeId);
    expect(await storedEntries('demand', demandId)).toContain(outcomeId);
  });

  it('re-ranks the stored lists when the vocabulary changes', async () => {
    const word = uniqueWord();
    const demandId = await create('demands', frostDemand(word));
    await approve('demands', demandId);
    const [before] = await eventually(async () => {
      const rows = await storedList('demand', demandId);
      expect(rows).toHaveLength(1);
      return rows;
    });
    await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'bridge', triggers: [`${word}冻芽`], terms: ['霜冻'] })
      .expect(201);
    await eventually(async () => {
      const [after] = await storedList('demand', demandId);
      expect(after.computed_at.getTime()).toBeGreaterThan(before.computed_at.getTime());
    });
  });
});

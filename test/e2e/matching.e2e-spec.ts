import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bearer, eventually } from '../helpers/listings.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

describe('matching: GET /demands/:id/matches and /outcomes/:id/matches (e2e)', () => {
  let market: TestMarket;
  let { app, bureau, enterprise, institution } = {} as TestMarket;

  // A database, queue prefix and index prefix of its own: suites that count rows never see these writes.
  beforeAll(async () => {
    market = await startMarket({ isolated: 'matching' });
    ({ app, bureau, enterprise, institution } = market);
  });

  afterAll(() => market?.drop());

  const create = async (kind: 'demands' | 'outcomes', body: Record<string, unknown>): Promise<string> => {
    const token = kind === 'demands' ? enterprise.token : institution.token;
    return (await api(app).post(`/api/v1/${kind}`).set(bearer(token)).send(body).expect(201)).body.id;
  };
  const approve = (kind: 'demands' | 'outcomes', id: string) =>
    api(app).post(`/api/v1/${kind}/${id}/approve`).set(bearer(bureau)).expect(200);
  const matches = (kind: 'demands' | 'outcomes', id: string, query: Record<string, string | number> = {}) =>
    api(app).get(`/api/v1/${kind}/${id}/matches`).query(query);

  /** A published demand on tea frost damage, a published outcome answering it, and an unpublished one answering it too. */
  async function publishedPair() {
    const word = uniqueWord();
    const demandId = await create(
      'demands',
      demandBody({
        title: '每年倒春寒，早春茶芽冻伤严重',
        description: `三月常遇倒春寒，茶园新芽一夜冻伤，想找防霜冻的办法，最好能提前预警。${word}`,
        keywords: ['倒春寒', '茶园', word],
        cooperationModes: ['service', 'transfer'],
        budgetMax: '300000.00',
      }),
    );
    const outcome = (title: string) =>
      outcomeBody({
        title,
        abstract: `基于气象预警与防霜风扇联动的茶园晚霜冻害综合防御技术，可提前预警并自动启停。${word}`,
        keywords: ['霜冻', '冻害', '茶园', word],
        transferModes: ['service'],
        askingPrice: '150000.00',
        trl: 8,
      });
    const publishedId = await create('outcomes', outcome('茶园晚霜冻害预警与防御技术'));
    const pendingId = await create('outcomes', outcome('茶园晚霜冻害预警与防御技术（待审）'));
    await approve('demands', demandId);
    await approve('outcomes', publishedId);
    return { word, demandId, publishedId, pendingId };
  }

  it('ranks a published outcome for a published demand, best first, with Chinese reasons and no contacts', async () => {
    const { demandId, publishedId, pendingId } = await publishedPair();
    const res = await eventually(async () => {
      const r = await matches('demands', demandId).expect(200);
      expect(r.body.items.map((i: { outcome: { id: string } }) => i.outcome.id)).toContain(publishedId);
      return r;
    });
    const items = res.body.items as { outcome: Record<string, unknown>; score: number; reasons: string[] }[];
    expect(items.map((i) => i.outcome.id)).not.toContain(pendingId);
    for (let i = 1; i < items.length; i++) expect(items[i - 1].score).toBeGreaterThanOrEqual(items[i].score);
    for (const item of items) {
      expect(item.reasons.length).toBeGreaterThan(0);
      for (const key of ['contactName', 'contactPhone', 'contactEmail']) expect(item.outcome).not.toHaveProperty(key);
    }
    const mine = items.find((i) => i.outcome.id === publishedId)!;
    expect(mine.outcome).toMatchObject({ askingPrice: '150000.00', stageLabel: '产业化', fieldLabel: '现代农业' });
    expect(mine.reasons).toEqual(expect.arrayContaining(['价格在预算内', '合作方式一致: 技术服务/咨询', '已产业化']));
    expect(mine.reasons.some((r) => r.startsWith('关键词: ') || r.startsWith('术语对应: '))).toBe(true);
  });

  it('ranks the published demand for the published outcome', async () => {
    const { demandId, publishedId } = await publishedPair();
    const res = await eventually(async () => {
      const r = await matches('outcomes', publishedId).expect(200);
      expect(r.body.items.map((i: { demand: { id: string } }) => i.demand.id)).toContain(demandId);
      return r;
    });
    const item = res.body.items.find((i: { demand: { id: string } }) => i.demand.id === demandId);
    expect(item.demand).toMatchObject({ budgetMax: '300000.00', cooperationModeLabels: ['技术服务/咨询', '转让'] });
    expect(item.demand).not.toHaveProperty('contactPhone');
    expect(item.reasons).toContain('需求预算可覆盖报价');
  });

  it('drops an outcome from the matches once it is closed', async () => {
    const { demandId, publishedId } = await publishedPair();
    const ids = async () =>
      (await matches('demands', demandId).expect(200)).body.items.map((i: { outcome: { id: string } }) => i.outcome.id);
    await eventually(async () => expect(await ids()).toContain(publishedId));
    await api(app).post(`/api/v1/outcomes/${publishedId}/close`).set(bearer(institution.token)).expect(200);
    await eventually(async () => expect(await ids()).not.toContain(publishedId));
  });

  it('honours limit and refuses one outside 1–50, naming the field', async () => {
    const { demandId, publishedId } = await publishedPair();
    await eventually(async () => expect((await matches('demands', demandId, { limit: 1 }).expect(200)).body.items).toHaveLength(1));
    for (const limit of ['0', '51', 'abc', '100000']) {
      const res = await matches('demands', demandId, { limit }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('limit');
    }
    await matches('outcomes', publishedId, { limit: 0 }).expect(400);
  });

  it('answers 404 for unknown and unpublished listings and 400 for malformed ids', async () => {
    const { pendingId } = await publishedPair();
    await matches('outcomes', pendingId).expect(404);
    await matches('outcomes', pendingId).set(bearer(institution.token)).expect(404);
    await matches('demands', '6f1c2b7e-3d4a-4c5b-9e8f-0a1b2c3d4e5f').expect(404);
    await matches('demands', 'not-a-uuid').expect(400);
    await matches('outcomes', '1 OR 1=1').expect(400);
  });
});

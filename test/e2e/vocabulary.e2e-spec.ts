import { MatchFeedbackService } from '@app/matching';
import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bearer, eventually } from '../helpers/listings.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

describe('vocabulary: /vocabulary, /keywords/suggest and match feedback (e2e)', () => {
  let market: TestMarket;
  let { app, worker, bureau, enterprise, institution } = {} as TestMarket;

  beforeAll(async () => {
    market = await startMarket({ isolated: 'vocab' });
    ({ app, worker, bureau, enterprise, institution } = market);
  });

  afterAll(() => market?.drop());

  const publish = (kind: 'demands' | 'outcomes', body: Record<string, unknown>) =>
    market.publish(kind, kind === 'demands' ? enterprise.token : institution.token, body);
  const matchIds = async (demandId: string) =>
    (
      (await api(app).get(`/api/v1/demands/${demandId}/matches`).query({ limit: 50 }).expect(200)).body.items as {
        outcome: { id: string };
      }[]
    ).map((i) => i.outcome.id);
  const historyTotal = async () => (await api(app).get('/api/v1/vocabulary/history').set(bearer(bureau)).expect(200)).body.total as number;

  it('lists the seeded vocabulary to the bureau', async () => {
    const res = await api(app).get('/api/v1/vocabulary').query({ q: '电费太高' }).set(bearer(bureau)).expect(200);
    expect(res.body.items[0]).toMatchObject({ kind: 'bridge', seeded: true, active: true });
    expect(res.body.items[0].terms).toContain('节能');
  });

  it('lets a new bridge reach matching without a restart, with the bridge as the reason, and keeps its history', async () => {
    const [trigger, term, tag] = [uniqueWord('qa'), uniqueWord('qb'), uniqueWord('qc')];
    const demandId = await publish(
      'demands',
      demandBody({
        title: `车间的老设备总出${trigger}`,
        description: `车间那台老设备最近总是出${trigger}的毛病，想找人看看。${tag}`,
        keywords: [trigger],
      }),
    );
    const outcomeId = await publish(
      'outcomes',
      outcomeBody({
        title: `一种${term}在线诊断方法`,
        abstract: `针对${term}提出在线诊断与处理方法，已在多家企业应用。`,
        keywords: [term],
      }),
    );
    await eventually(async () => expect((await api(app).get('/api/v1/outcomes').query({ q: term })).body.total).toBe(1));
    expect(await matchIds(demandId)).not.toContain(outcomeId);

    const created = await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'bridge', field: 'advanced_manufacturing', triggers: [trigger], terms: [term], note: '车间说法' })
      .expect(201);
    expect(created.body).toMatchObject({ kind: 'bridge', triggers: [trigger], terms: [term], seeded: false, kindLabel: '术语桥接' });

    const res = await eventually(async () => {
      const r = await api(app).get(`/api/v1/demands/${demandId}/matches`).expect(200);
      const found = (r.body.items as { outcome: { id: string }; reasons: string[] }[]).find((i) => i.outcome.id === outcomeId);
      expect(found).toBeDefined();
      return found!;
    }, 60000);
    expect(res.reasons).toContain(`术语对应: ${trigger} → ${term}`);

    await api(app).patch(`/api/v1/vocabulary/${created.body.id}`).set(bearer(bureau)).send({ note: '车间常见说法' }).expect(200);
    await api(app).delete(`/api/v1/vocabulary/${created.body.id}`).set(bearer(bureau)).expect(200);
    const history = await api(app).get('/api/v1/vocabulary/history').query({ entryId: created.body.id }).set(bearer(bureau)).expect(200);
    expect(history.body.items.map((c: { action: string }) => c.action)).toEqual(['delete', 'update', 'create']);
    expect(history.body.items[1]).toMatchObject({ before: { note: '车间说法' }, after: { note: '车间常见说法' } });
    expect(history.body.items[0].after.active).toBe(false);
    await eventually(async () => expect(await matchIds(demandId)).not.toContain(outcomeId), 60000);
  });

  it('puts a new synonym group into Meilisearch, so that search finds either word', async () => {
    const [a, b] = [uniqueWord('sa'), uniqueWord('sb')];
    const outcomeId = await publish(
      'outcomes',
      outcomeBody({ title: `${b}防护涂层技术`, abstract: `一种${b}防护涂层的制备方法。`, keywords: [b] }),
    );
    await eventually(async () => expect((await api(app).get('/api/v1/outcomes').query({ q: b })).body.total).toBe(1));
    expect((await api(app).get('/api/v1/outcomes').query({ q: a }).expect(200)).body.total).toBe(0);
    await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'synonym', triggers: [a, b] })
      .expect(201);
    await eventually(async () => {
      const r = await api(app).get('/api/v1/outcomes').query({ q: a }).expect(200);
      expect(r.body.items.map((i: { id: string }) => i.id)).toContain(outcomeId);
    }, 60000);
    const conflict = await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'synonym', triggers: [b, uniqueWord('sc')] })
      .expect(409);
    expect(conflict.body.code).toBe('SYNONYM_CONFLICT');
  });

  it('rejects bad input with 400 naming the field, and other roles with 401/403, writing nothing', async () => {
    const before = await historyTotal();
    const short = await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'bridge', triggers: ['霉'], terms: ['防霉'] })
      .expect(400);
    expect(short.body.errors.map((e: { field: string }) => e.field)).toContain('triggers');
    const noTerms = await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'bridge', triggers: ['长霉点'] })
      .expect(400);
    expect(noTerms.body.errors.map((e: { field: string }) => e.field)).toContain('terms');
    const lonely = await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'synonym', triggers: ['发霉'] })
      .expect(400);
    expect(lonely.body.errors.map((e: { field: string }) => e.field)).toContain('triggers');
    await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(bureau))
      .send({ kind: 'rule', triggers: ['发霉'] })
      .expect(400);
    await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(enterprise.token))
      .send({ kind: 'bridge', triggers: ['长霉点'], terms: ['防霉'] })
      .expect(403);
    await api(app)
      .post('/api/v1/vocabulary')
      .send({ kind: 'bridge', triggers: ['长霉点'], terms: ['防霉'] })
      .expect(401);
    expect(await historyTotal()).toBe(before);
  });

  it('suggests distinctive words and the research terms they bridge to', async () => {
    const res = await api(app)
      .post('/api/v1/keywords/suggest')
      .set(bearer(enterprise.token))
      .send({ title: '车间空压机电费太高', text: '六台螺杆空压机全天开着，热量白白排掉。', keywords: [] })
      .expect(200);
    const items = res.body.items as { word: string; source: string }[];
    expect(items.filter((i) => i.source === 'text').map((i) => i.word)).toContain('空压机');
    expect(items.filter((i) => i.source === 'vocabulary').map((i) => i.word)).toContain('节能');
    await api(app).post('/api/v1/keywords/suggest').set(bearer(enterprise.token)).send({ text: '没有标题' }).expect(400);
    await api(app).post('/api/v1/keywords/suggest').send({ title: '车间空压机' }).expect(401);
  });

  it('counts an accepted inquiry between the pair as positive evidence, once', async () => {
    const tag = uniqueWord('fb');
    const demandId = await publish('demands', demandBody({ title: `茶园倒春寒冻芽${tag}`, keywords: ['倒春寒', tag] }));
    const outcomeId = await publish(
      'outcomes',
      outcomeBody({
        title: `茶园晚霜冻害预警与防御${tag}`,
        abstract: `茶园晚霜冻害预警与防霜风扇联动技术。${tag}`,
        keywords: ['霜冻', tag],
      }),
    );
    const reasonsOf = async () => {
      const r = await api(app).get(`/api/v1/demands/${demandId}/matches`).expect(200);
      const item = (r.body.items as { outcome: { id: string }; reasons: string[]; score: number }[]).find(
        (i) => i.outcome.id === outcomeId,
      );
      expect(item).toBeDefined();
      return item!;
    };
    const before = await eventually(reasonsOf);
    expect(before.reasons).not.toContain('双方曾有对接或成交');
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(bearer(enterprise.token))
      .send({ outcomeId, message: '想了解防霜技术的应用条件。' })
      .expect(201);
    await api(app)
      .post(`/api/v1/inquiries/${inquiry.body.id}/messages`)
      .set(bearer(institution.token))
      .send({ body: '可以，下周面谈。' })
      .expect(201);
    const feedback = worker.get(MatchFeedbackService, { strict: false });
    expect(await feedback.syncFromMarket()).toBeGreaterThanOrEqual(1);
    expect(await feedback.syncFromMarket()).toBe(0);
    // The sync re-scores the stored lists at once, but a recompute the worker had under way (the
    // outcome was just published) may write its older reading first and settle it a moment later.
    await eventually(async () => expect((await reasonsOf()).reasons).toContain('双方曾有对接或成交'));
    // The score is not compared with \`before\`: that one may be the outcome scored into the
    // demand's stored list when it was published (against the stored pool), this one a full
    // recomputation of the list; the evidence's weight is held by the ranker's own tests.
  });
});

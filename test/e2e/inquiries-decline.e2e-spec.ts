import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { rowCounts, WORKER_KEPT } from '../helpers/isolated-db.js';
import { bearer, eventually } from '../helpers/listings.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

/** POST /inquiries/:id/decline: the owner's reason reaches the asker, and the pair drops in both stored lists. */
describe('declining an inquiry (e2e)', () => {
  let market: TestMarket;
  let { app, db, enterprise, institution } = {} as TestMarket;

  beforeAll(async () => {
    market = await startMarket({ isolated: 'declines' });
    ({ app, db, enterprise, institution } = market);
  });

  afterAll(() => market?.drop());

  const publish: TestMarket['publish'] = (kind, token, body) => market.publish(kind, token, body);
  const score = async (kind: 'demands' | 'outcomes', id: string, counterpartId: string): Promise<number> => {
    const res = await api(app).get(`/api/v1/${kind}/${id}/matches`).query({ limit: 50 }).expect(200);
    const key = kind === 'demands' ? 'outcome' : 'demand';
    const item = (res.body.items as Record<string, { id: string }>[]).find((i) => i[key].id === counterpartId) as
      { score: number } | undefined;
    if (!item) throw new Error(`${counterpartId} not among the matches of ${id}`);
    return item.score;
  };

  /** A matching pair with both stored lists in place, and an inquiry the institution opened on the demand. */
  async function pairWithInquiry() {
    const word = uniqueWord();
    const demandId = await publish(
      'demands',
      enterprise.token,
      demandBody({
        title: `烘干房温度不均，茶叶烘不透${word}`,
        keywords: ['烘干', '热泵', word],
        description: `茶叶烘干房上下温差大，热泵烘干效果差。${word}`,
      }),
    );
    const outcomeId = await publish(
      'outcomes',
      institution.token,
      outcomeBody({
        title: `茶叶热泵均温烘干技术${word}`,
        keywords: ['热泵', '烘干', word],
        abstract: `热泵烘干房气流均温控制，茶叶烘干含水率一致。${word}`,
      }),
    );
    const before = await eventually(async () => ({
      demand: await score('demands', demandId, outcomeId),
      outcome: await score('outcomes', outcomeId, demandId),
    }));
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(bearer(institution.token))
      .send({ demandId, message: '我们的热泵烘干技术可以解决温差问题。' })
      .expect(201);
    return { demandId, outcomeId, before, inquiryId: inquiry.body.id as string };
  }

  it('shows the reason to the asker and lowers the pair in both stored lists', async () => {
    const { demandId, outcomeId, before, inquiryId } = await pairWithInquiry();
    const declined = await api(app)
      .post(`/api/v1/inquiries/${inquiryId}/decline`)
      .set(bearer(enterprise.token))
      .send({ reason: 'not_our_field', note: '我们已改用燃气烘干。' })
      .expect(200);
    expect(declined.body).toMatchObject({ status: 'declined', declineReason: 'not_our_field', declineReasonLabel: '不属于我方领域' });
    const seen = await api(app).get(`/api/v1/inquiries/${inquiryId}`).set(bearer(institution.token)).expect(200);
    expect(seen.body).toMatchObject({
      status: 'declined',
      statusLabel: '已婉拒',
      declineReasonLabel: '不属于我方领域',
      declineNote: '我们已改用燃气烘干。',
    });
    // The decline re-scores both stored lists at once; a recompute the worker had under way for
    // the just-published pair may write its older reading first and settle it a moment later.
    await eventually(async () => {
      expect(await score('demands', demandId, outcomeId)).toBeLessThan(before.demand);
      expect(await score('outcomes', outcomeId, demandId)).toBeLessThan(before.outcome);
    });
    // A declined inquiry takes no more messages; declining again changes nothing.
    await api(app)
      .post(`/api/v1/inquiries/${inquiryId}/messages`)
      .set(bearer(institution.token))
      .send({ body: '能再谈谈吗？' })
      .expect(409);
    await api(app).post(`/api/v1/inquiries/${inquiryId}/decline`).set(bearer(enterprise.token)).send({ reason: 'price' }).expect(200);
    expect((await api(app).get(`/api/v1/inquiries/${inquiryId}`).set(bearer(enterprise.token))).body.declineReason).toBe('not_our_field');
  });

  it('rejects an unknown reason naming the field, and the asker declining, writing nothing', async () => {
    const { inquiryId } = await pairWithInquiry();
    const counts = await rowCounts(db, WORKER_KEPT);
    const bad = await api(app)
      .post(`/api/v1/inquiries/${inquiryId}/decline`)
      .set(bearer(enterprise.token))
      .send({ reason: 'boring' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
    await api(app).post(`/api/v1/inquiries/${inquiryId}/decline`).set(bearer(enterprise.token)).send({}).expect(400);
    const asker = await api(app)
      .post(`/api/v1/inquiries/${inquiryId}/decline`)
      .set(bearer(institution.token))
      .send({ reason: 'price' })
      .expect(403);
    expect(asker.body.code).toBe('INQUIRY_DECLINE_OWNER_ONLY');
    expect(await rowCounts(db, WORKER_KEPT)).toEqual(counts);
    const open = await api(app).get(`/api/v1/inquiries/${inquiryId}`).set(bearer(enterprise.token)).expect(200);
    expect(open.body.status).toBe('open');
  });
});

import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { dealBody, newKey, registerMember, registerThroughPath, waitFor } from '../helpers/deals.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api, bearer } from '../helpers/test-app.js';

/**
 * Deals that reference listings: the listing lends its field, must exist and be the parties'
 * own, is fulfilled once the deal is recorded (never before) and back on the market when that
 * deal is cancelled.
 */
describe('deals referencing listings (e2e)', () => {
  type Market = TestMarket<'buyer' | 'seller' | 'stranger'>;
  let market: Market;
  let { app, db, bureau, buyer, seller, stranger } = {} as Market;

  beforeAll(async () => {
    market = await startMarket({
      redisTag: 'deallistings',
      members: { buyer: 'enterprise', seller: 'institution', stranger: 'institution' },
    });
    ({ app, db, bureau, buyer, seller, stranger } = market);
  });

  afterAll(() => market?.drop());

  const publish: Market['publish'] = (kind, token, body) => market.publish(kind, token, body);
  const searchIds = async (kind: 'demands' | 'outcomes', q: string) =>
    ((await api(app).get(`/api/v1/${kind}`).query({ q }).expect(200)).body.items as { id: string }[]).map((i) => i.id);
  const dealStatus = async (id: string) => (await db.query('SELECT status FROM deals WHERE id = $1', [id]))[0]?.status as string;
  const listingStatus = async (table: 'demands' | 'outcomes', id: string) =>
    (await db.query(`SELECT status FROM ${table} WHERE id = $1`, [id]))[0]?.status;

  it('takes the field from the referenced demand, and fulfils it once recorded: gone from search, kept in history', async () => {
    const word = `zq${Date.now().toString(36)}`;
    const demandId = await publish('demands', buyer.token, demandBody({ field: 'new_energy', keywords: [word, '余热回收'] }));
    await waitFor(async () => (await searchIds('demands', word)).includes(demandId), 30_000, 'demand searchable');
    const { field: _omitted, ...body } = dealBody(buyer.orgId, seller.orgId);
    const declared = await api(app)
      .post('/api/v1/deals')
      .set(bearer(buyer.token))
      .set('Idempotency-Key', newKey())
      .send({ ...body, demandId })
      .expect(201);
    await api(app).post(`/api/v1/deals/${declared.body.id}/confirm`).set(bearer(seller.token)).expect(200);
    expect(await listingStatus('demands', demandId)).toBe('published'); // confirmed is not yet registered
    const res = { body: { id: declared.body.id as string } };
    await api(app)
      .post(`/api/v1/deals/${res.body.id}/register`)
      .set(bearer(bureau))
      .send({ registrationNo: `${new Date().getFullYear()}331127${Date.now().toString().slice(-8)}` })
      .expect(200);
    await waitFor(async () => (await dealStatus(res.body.id)) === 'recorded', 30_000, 'deal recorded');
    const deal = (await api(app).get(`/api/v1/deals/${res.body.id}`).set(bearer(buyer.token)).expect(200)).body;
    expect(deal.field).toBe('new_energy');
    expect(await listingStatus('demands', demandId)).toBe('fulfilled');
    const history = (await api(app).get(`/api/v1/demands/${demandId}/history`).set(bearer(buyer.token)).expect(200)).body;
    expect(JSON.stringify(history)).toContain('fulfilled');
    await waitFor(async () => !(await searchIds('demands', word)).includes(demandId), 30_000, 'demand gone from search');
  });

  it('fulfils the listing an inquiry is about when the deal references the inquiry', async () => {
    const outcomeId = await publish('outcomes', seller.token, outcomeBody());
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(bearer(buyer.token))
      .send({ outcomeId, message: '想了解许可条件。' })
      .expect(201);
    const { field: _omitted, ...body } = dealBody(buyer.orgId, seller.orgId);
    const id = await registerThroughPath(app, bureau, seller, buyer, { ...body, inquiryId: inquiry.body.id });
    await waitFor(async () => (await dealStatus(id)) === 'recorded', 30_000, 'deal recorded');
    expect(await listingStatus('outcomes', outcomeId)).toBe('fulfilled');
  });

  it('returns the listings of a cancelled recorded deal to the market, unless another recorded deal holds them', async () => {
    const outcomeId = await publish('outcomes', seller.token, outcomeBody());
    const first = await registerThroughPath(app, bureau, buyer, seller, { ...dealBody(buyer.orgId, seller.orgId), outcomeId });
    const second = await registerThroughPath(app, bureau, buyer, seller, {
      ...dealBody(buyer.orgId, seller.orgId, { amount: '10.00' }),
      outcomeId,
    });
    await waitFor(
      async () => (await dealStatus(first)) === 'recorded' && (await dealStatus(second)) === 'recorded',
      30_000,
      'deals recorded',
    );
    expect(await listingStatus('outcomes', outcomeId)).toBe('fulfilled');
    await api(app).post(`/api/v1/deals/${first}/cancel`).set(bearer(bureau)).send({ reason: '合同录入有误' }).expect(200);
    expect(await listingStatus('outcomes', outcomeId)).toBe('fulfilled'); // the second deal still holds it
    await api(app).post(`/api/v1/deals/${second}/cancel`).set(bearer(bureau)).send({ reason: '合同解除' }).expect(200);
    expect(await listingStatus('outcomes', outcomeId)).toBe('published');
    await api(app).get(`/api/v1/outcomes/${outcomeId}`).expect(200);
  });

  it.each([
    ['a demand of another organization', 'demandId', 'demands'],
    ['an outcome of another organization', 'outcomeId', 'outcomes'],
  ] as const)('refuses %s with 400 naming %s and writes no deal', async (_label, ref, kind) => {
    const owner = kind === 'demands' ? await registerMember(app, 'enterprise', { verifyWith: bureau }) : stranger;
    const listingId = await publish(kind, owner.token, kind === 'demands' ? demandBody() : outcomeBody());
    const key = newKey();
    const res = await api(app)
      .post('/api/v1/deals')
      .set(bearer(buyer.token))
      .set('Idempotency-Key', key)
      .send({ ...dealBody(buyer.orgId, seller.orgId), [ref]: listingId })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([ref]);
    expect((await db.query('SELECT count(*)::int AS n FROM deals WHERE idempotency_key = $1', [key]))[0].n).toBe(0);
    expect(await listingStatus(kind, listingId)).toBe('published');
  });

  it('refuses an inquiry between other organizations with 400 naming inquiryId', async () => {
    const outcomeId = await publish('outcomes', stranger.token, outcomeBody());
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(bearer(buyer.token))
      .send({ outcomeId, message: '想了解许可条件。' })
      .expect(201);
    const res = await api(app)
      .post('/api/v1/deals')
      .set(bearer(buyer.token))
      .set('Idempotency-Key', newKey())
      .send({ ...dealBody(buyer.orgId, seller.orgId), inquiryId: inquiry.body.id })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['inquiryId']);
  });

  it.each(['demandId', 'outcomeId', 'inquiryId'])('rejects an unknown %s with 400 naming it and writes no deal', async (ref) => {
    const key = newKey();
    const res = await api(app)
      .post('/api/v1/deals')
      .set(bearer(buyer.token))
      .set('Idempotency-Key', key)
      .send({ ...dealBody(buyer.orgId, seller.orgId), [ref]: '5d6f3b0e-9c1a-4b7e-8f00-000000000000' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(ref);
    const [row] = await db.query('SELECT count(*)::int AS n FROM deals WHERE idempotency_key = $1', [key]);
    expect(row.n).toBe(0);
  });

  it('still requires a field when no listing is referenced', async () => {
    const { field: _omitted, ...body } = dealBody(buyer.orgId, seller.orgId);
    const res = await api(app).post('/api/v1/deals').set(bearer(buyer.token)).set('Idempotency-Key', newKey()).send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('field');
  });
});

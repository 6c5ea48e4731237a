import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, newKey, ownRedisPrefix, registerMember, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { api, createTestApp } from '../helpers/test-app.js';

/** Deals that reference listings: the listing lends its field, must exist, and is fulfilled once recorded. */
describe('deals referencing listings (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let bureau: string;
  let buyer: Member;
  let seller: Member;
  const env = { REDIS_PREFIX: ownRedisPrefix('deallistings') };

  beforeAll(async () => {
    app = await createTestApp(env);
    worker = await startWorker(env);
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    [buyer, seller] = await Promise.all([registerMember(app), registerMember(app, 'institution')]);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const auth = (token: string) => ({ Authorization: `Bearer ${token}` });
  const publish = async (kind: 'demands' | 'outcomes', token: string, body: object) => {
    const created = await api(app).post(`/api/v1/${kind}`).set(auth(token)).send(body).expect(201);
    await api(app).post(`/api/v1/${kind}/${created.body.id}/approve`).set(auth(bureau)).expect(200);
    return created.body.id as string;
  };
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
    const res = await api(app)
      .post('/api/v1/deals')
      .set(auth(buyer.token))
      .set('Idempotency-Key', newKey())
      .send({ ...body, demandId })
      .expect(202);
    await waitFor(async () => (await dealStatus(res.body.id)) === 'recorded', 30_000, 'deal recorded');
    const deal = (await api(app).get(`/api/v1/deals/${res.body.id}`).set(auth(buyer.token)).expect(200)).body;
    expect(deal.field).toBe('new_energy');
    expect(await listingStatus('demands', demandId)).toBe('fulfilled');
    const history = (await api(app).get(`/api/v1/demands/${demandId}/history`).set(auth(buyer.token)).expect(200)).body;
    expect(JSON.stringify(history)).toContain('fulfilled');
    await waitFor(async () => !(await searchIds('demands', word)).includes(demandId), 30_000, 'demand gone from search');
  });

  it('fulfils the listing an inquiry is about when the deal references the inquiry', async () => {
    const outcomeId = await publish('outcomes', seller.token, outcomeBody());
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(auth(buyer.token))
      .send({ outcomeId, message: '想了解许可条件。' })
      .expect(201);
    const { field: _omitted, ...body } = dealBody(buyer.orgId, seller.orgId);
    const res = await api(app)
      .post('/api/v1/deals')
      .set(auth(buyer.token))
      .set('Idempotency-Key', newKey())
      .send({ ...body, inquiryId: inquiry.body.id })
      .expect(202);
    await waitFor(async () => (await dealStatus(res.body.id)) === 'recorded', 30_000, 'deal recorded');
    expect(await listingStatus('outcomes', outcomeId)).toBe('fulfilled');
  });

  it.each(['demandId', 'outcomeId', 'inquiryId'])('rejects an unknown %s with 400 naming it and writes no deal', async (ref) => {
    const key = newKey();
    const res = await api(app)
      .post('/api/v1/deals')
      .set(auth(buyer.token))
      .set('Idempotency-Key', key)
      .send({ ...dealBody(buyer.orgId, seller.orgId), [ref]: '5d6f3b0e-9c1a-4b7e-8f00-000000000000' })
      .expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(ref);
    const [row] = await db.query('SELECT count(*)::int AS n FROM deals WHERE idempotency_key = $1', [key]);
    expect(row.n).toBe(0);
  });

  it('still requires a field when no listing is referenced', async () => {
    const { field: _omitted, ...body } = dealBody(buyer.orgId, seller.orgId);
    const res = await api(app).post('/api/v1/deals').set(auth(buyer.token)).set('Idempotency-Key', newKey()).send(body).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('field');
  });
});

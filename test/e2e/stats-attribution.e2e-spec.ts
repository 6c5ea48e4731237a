import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { createCallers, type CallerSet } from '../helpers/callers.js';
import { newKey, startWorker, waitFor } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * Attribution: each recorded yuan traces to the listing, the inquiry and — where the inquiry
 * started from a match — the match; GET /stats/attribution splits the year's turnover into what
 * came through the market and what was registered elsewhere, and the share from matches.
 */
describe('GET /stats/attribution (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let c: CallerSet;
  let demandId: string;
  let outcomeId: string;
  const year = new Date().getFullYear() - 1;
  let serial = 0;

  const as = (token: string | undefined) => ({
    post: (path: string, body: object = {}) =>
      api(app).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', newKey()).send(body),
    get: (path: string) => api(app).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`),
  });
  const publish = async (kind: 'demands' | 'outcomes', token: string | undefined, body: object) => {
    const created = await as(token).post(`/${kind}`, body).expect(201);
    await as(c.tokens.bureau).post(`/${kind}/${created.body.id}/approve`).expect(200);
    return created.body.id as string;
  };
  /** Declared by the enterprise, confirmed by the institution, registered by the bureau. */
  const contract = async (amount: string, refs: object) => {
    const declared = await as(c.tokens.enterprise)
      .post('/deals', {
        buyerOrgId: c.orgs.enterprise,
        sellerOrgId: c.orgs.institution,
        contractType: 'license',
        field: 'modern_agriculture',
        amount,
        signedAt: `${year}-09-09`,
        ...refs,
      })
      .expect(201);
    await as(c.tokens.institution).post(`/deals/${declared.body.id}/confirm`).expect(200);
    await as(c.tokens.bureau)
      .post(`/deals/${declared.body.id}/register`, { registrationNo: `${year}331127${String(++serial).padStart(8, '0')}` })
      .expect(200);
    return declared.body.id as string;
  };
  const attribution = async () => (await as(c.tokens.bureau).get(`/stats/attribution?year=${year}`).expect(200)).body;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('attr');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    worker = await startWorker({ ...process.env, ...isolated.env });
    db = app.get(DataSource);
    c = await createCallers(app);
    demandId = await publish('demands', c.tokens.enterprise, demandBody());
    outcomeId = await publish('outcomes', c.tokens.institution, outcomeBody());
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  it('keeps the match an inquiry started from, and refuses a match origin that is not a listing of the other kind', async () => {
    const before = await db.query('SELECT count(*)::int AS n FROM inquiries');
    const wrongKind = await as(c.tokens.enterprise)
      .post('/inquiries', { outcomeId, message: '想了解许可条件。', fromMatch: { listingId: outcomeId, rank: 1 } })
      .expect(400);
    expect(wrongKind.body.errors[0].field).toBe('fromMatch.listingId');
    const badRank = await as(c.tokens.enterprise)
      .post('/inquiries', { outcomeId, message: '想了解许可条件。', fromMatch: { listingId: demandId, rank: 0 } })
      .expect(400);
    expect(JSON.stringify(badRank.body.errors)).toContain('rank');
    expect(await db.query('SELECT count(*)::int AS n FROM inquiries')).toEqual(before);
    const res = await as(c.tokens.enterprise)
      .post('/inquiries', {
        outcomeId,
        message: '从需求的匹配结果看到贵单位成果，想了解许可条件。',
        fromMatch: { listingId: demandId, rank: 2 },
      })
      .expect(201);
    expect(res.body.fromMatch).toEqual({ listingId: demandId, rank: 2 });
  });

  it('splits the recorded turnover into from matches, other inquiries and registered elsewhere', async () => {
    const fromMatch = (await db.query('SELECT id FROM inquiries WHERE match_listing_id IS NOT NULL'))[0].id as string;
    const plain = await as(c.tokens.institution).post('/inquiries', { demandId, message: '我们可以解决这个问题。' }).expect(201);
    expect(plain.body.fromMatch).toBeNull();
    const matchedDeal = await contract('600000.00', { outcomeId, inquiryId: fromMatch });
    await contract('300000.00', { demandId, inquiryId: plain.body.id });
    await contract('50000.00', { outcomeId });
    // The registration office's own: registered elsewhere, posted by the bureau.
    await as(c.tokens.bureau)
      .post('/deals', {
        buyerOrgId: c.orgs.enterprise,
        sellerOrgId: c.orgs.institution,
        contractType: 'service',
        field: 'electronics',
        amount: '50000.00',
        signedAt: `${year}-10-10`,
        registrationNo: `${year}331127${String(++serial).padStart(8, '0')}`,
      })
      .expect(201);
    await waitFor(
      async () => (await db.query(`SELECT count(*)::int AS n FROM deals WHERE status = 'recorded'`))[0].n === 4,
      45_000,
      'four deals recorded',
    );
    const a = await attribution();
    expect(a).toMatchObject({
      year,
      basis: 'inflow',
      total: { dealCount: 4, amount: '1000000.00' },
      throughMarket: { dealCount: 2, amount: '900000.00', share: 90 },
      fromMatches: { dealCount: 1, amount: '600000.00', share: 60 },
      elsewhere: { dealCount: 2, amount: '100000.00', share: 10 },
    });
    expect(a.channels.map((ch: { channel: string; amount: string }) => [ch.channel, ch.amount])).toEqual([
      ['match', '600000.00'],
      ['inquiry', '300000.00'],
      ['listing', '50000.00'],
      ['elsewhere', '50000.00'],
    ]);
    expect(a.matchedDeals).toEqual([
      {
        dealId: matchedDeal,
        amount: '600000.00',
        signedAt: `${year}-09-09`,
        inquiryId: fromMatch,
        listing: { kind: 'outcome', id: outcomeId, title: expect.any(String) },
        match: { listingId: demandId, title: expect.any(String), rank: 2 },
      },
    ]);
    // The same total the dashboard shows.
    const turnover = (await as(c.tokens.bureau).get(`/stats/turnover?year=${year}`).expect(200)).body;
    expect(turnover.total).toBe(a.total.amount);
  });

  it('is for the bureau only and refuses a bad year', async () => {
    await as(c.tokens.enterprise).get(`/stats/attribution?year=${year}`).expect(403);
    await api(app).get(`/api/v1/stats/attribution?year=${year}`).expect(401);
    expect((await as(c.tokens.bureau).get('/stats/attribution?year=abc').expect(400)).body.errors[0].field).toBe('year');
    const empty = (await as(c.tokens.bureau).get('/stats/attribution?year=2001').expect(200)).body;
    expect(empty).toMatchObject({ total: { dealCount: 0, amount: '0.00' }, fromMatches: { share: null }, matchedDeals: [] });
  });
});

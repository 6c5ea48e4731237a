import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, newKey, registerMember, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * GET /stats/pipeline: the bureau sees how many contracts, for how much, stand at each stage on
 * the way to the ledger, how long each step takes (median days from the stage history), and the
 * large contracts flagged for expert review. Every deal got to its stage through the public API.
 */
describe('GET /stats/pipeline (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  let buyer: Member;
  let seller: Member;
  const year = 2016;
  let serial = 0;
  const ids: Record<string, string> = {};

  const as = (token: string) => ({
    post: (path: string, body: Record<string, unknown> = {}) =>
      api(app).post(`/api/v1${path}`).set('Authorization', `Bearer ${token}`).set('Idempotency-Key', newKey()).send(body),
  });
  const declare = async (name: string, amount: string, pricing: 'agreement' | 'listing' = 'listing') => {
    const res = await as(buyer.token)
      .post('/deals', dealBody(buyer.orgId, seller.orgId, { amount, pricing, signedAt: `${year}-05-20` }))
      .expect(201);
    expect(res.body.status).toBe('declared');
    ids[name] = res.body.id;
  };
  const confirm = (name: string) => as(seller.token).post(`/deals/${ids[name]}/confirm`).expect(200);
  const register = (name: string) =>
    as(bureau)
      .post(`/deals/${ids[name]}/register`, { registrationNo: `${year}331127${String(++serial).padStart(8, '0')}` })
      .expect(200);
  const pipeline = (query = `year=${year}`, token = bureau) =>
    api(app).get(`/api/v1/stats/pipeline?${query}`).set('Authorization', `Bearer ${token}`);
  /** Moves a deal's stage history back in time, as if its steps had taken that many days. */
  const backdate = async (name: string, daysAgo: Record<string, number>) => {
    for (const [status, days] of Object.entries(daysAgo)) {
      await db.query(`UPDATE deal_events SET created_at = now() - $3::float8 * interval '1 day' WHERE deal_id = $1 AND status = $2`, [
        ids[name],
        status,
        days,
      ]);
    }
  };

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('pipe');
    drop = isolated.drop;
    app = await createTestApp({ ...isolated.env, LARGE_CONTRACT_YUAN: '1000000.00' });
    worker = await startWorker({ ...process.env, ...isolated.env, LARGE_CONTRACT_YUAN: '1000000.00' });
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    buyer = await registerMember(app, 'enterprise', { verifyWith: bureau });
    seller = await registerMember(app, 'institution', { verifyWith: bureau });
    await declare('declared', '1.00');
    await declare('inNotice', '20.00', 'agreement');
    await confirm('inNotice');
    await declare('awaiting', '300.00');
    await confirm('awaiting');
    await declare('disputed', '4000.00');
    await as(seller.token).post(`/deals/${ids.disputed}/dispute`, { reason: '金额与合同不符' }).expect(200);
    await declare('rejected', '50000.00');
    await confirm('rejected');
    await as(bureau).post(`/deals/${ids.rejected}/reject`, { reason: '不属于技术合同' }).expect(200);
    for (const [name, amount] of [
      ['recordedA', '1000000.00'],
      ['recordedB', '2500000.00'],
      ['recordedC', '600.00'],
    ] as const) {
      await declare(name, amount);
      await confirm(name);
      await register(name);
    }
    await waitFor(
      async () => (await db.query(`SELECT count(*)::int AS n FROM deals WHERE status = 'recorded'`))[0].n === 3,
      45_000,
      'three deals recorded',
    );
    // Confirmation took 2, 4 and 9 days, registration 1, 3 and 5, recording 6.5, 4.5 and 0.5 (declared → recorded: 9.5, 11.5, 14.5).
    await backdate('recordedA', { declared: 10, confirmed: 8, registered: 7 });
    await backdate('recordedB', { declared: 12, confirmed: 8, registered: 5 });
    await backdate('recordedC', { declared: 15, confirmed: 6, registered: 1 });
    for (const name of ['recordedA', 'recordedB', 'recordedC']) await backdate(name, { recorded: 0.5 });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  it('counts and sums the deals of the year at every stage, the public notice apart from the registration queue', async () => {
    const res = await pipeline().expect(200);
    const stages = Object.fromEntries(
      res.body.stages.map((s: { stage: string; dealCount: number; amount: string }) => [s.stage, [s.dealCount, s.amount]]),
    );
    expect(stages).toEqual({
      declared: [1, '1.00'],
      confirmed: [2, '320.00'],
      in_notice: [1, '20.00'],
      awaiting_registration: [1, '300.00'],
      registered: [0, '0.00'],
      recorded: [3, '3500600.00'],
      disputed: [1, '4000.00'],
      rejected: [1, '50000.00'],
    });
    expect(res.body.stages.find((s: { stage: string }) => s.stage === 'in_notice')).toMatchObject({ label: '公示中', partOf: 'confirmed' });
    // Only the recorded deals move the turnover.
    const turnover = await api(app).get(`/api/v1/stats/turnover?year=${year}`).set('Authorization', `Bearer ${bureau}`).expect(200);
    expect(turnover.body.total).toBe('3500600.00');
  });

  it('reports the median days of each step from the stage history', async () => {
    const res = await pipeline().expect(200);
    const steps = Object.fromEntries(
      res.body.steps.map((s: { step: string; dealCount: number; medianDays: number }) => [s.step, [s.dealCount, s.medianDays]]),
    );
    // confirm: the three recorded deals (2, 4, 9), the rejected and the two confirmed ones (≈ 0 days).
    expect(steps.confirm[0]).toBe(6);
    expect(steps.confirm[1]).toBeCloseTo(1, 0);
    expect(steps.register).toEqual([3, 3]);
    expect(steps.record).toEqual([3, 4.5]);
    expect(steps.declaredToRecorded).toEqual([3, 11.5]);
  });

  it('lists the registered and recorded contracts at or above LARGE_CONTRACT_YUAN for expert review', async () => {
    const { largeContracts } = (await pipeline().expect(200)).body;
    expect(largeContracts).toMatchObject({ threshold: '1000000.00', count: 2, amount: '3500000.00' });
    expect(largeContracts.items.map((i: { id: string; amount: string }) => [i.id, i.amount])).toEqual([
      [ids.recordedB, '2500000.00'],
      [ids.recordedA, '1000000.00'],
    ]);
    expect(largeContracts.items[0]).toMatchObject({ status: 'recorded', buyerName: expect.any(String), sellerName: expect.any(String) });
  });

  it('answers an empty year with zeros, and refuses a bad year and other callers', async () => {
    const empty = (await pipeline('year=1999').expect(200)).body;
    expect(empty.stages.every((s: { dealCount: number; amount: string }) => s.dealCount === 0 && s.amount === '0.00')).toBe(true);
    expect(empty.steps.every((s: { medianDays: number | null }) => s.medianDays === null)).toBe(true);
    expect(empty.largeContracts).toEqual({ threshold: '1000000.00', count: 0, amount: '0.00', items: [] });
    expect((await pipeline('year=20x6').expect(400)).body.errors[0].field).toBe('year');
    await pipeline(`year=${year}`, buyer.token).expect(403);
    await api(app).get(`/api/v1/stats/pipeline?year=${year}`).expect(401);
  });
});

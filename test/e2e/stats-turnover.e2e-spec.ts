import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { LedgerIntegrityService } from '@app/deals';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, newKey, startWorker, waitFor } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * Which turnover: technology bought into the market's region (技术吸纳, buyer there) and sold
 * from it (技术输出, seller there), both reported and never added; the year's target says which
 * one it tracks, and the dashboard, milestones and exports follow it.
 */
describe('GET /stats/turnover by basis (e2e)', () => {
  let app: INestApplication<App>;
  let cityApp: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  const org: Record<string, string> = {};
  const year = 2015;
  let serial = 0;

  const register = async (name: string, type: 'enterprise' | 'institution', region: string) => {
    const res = await api(app)
      .post('/api/v1/auth/register')
      .send(registerBody({ type, org: { region, name } }))
      .expect(201);
    org[name] = res.body.org.id;
  };
  /** A registered contract the bureau posts (the registration office's), recorded by the worker. */
  const registered = (buyer: string, seller: string, amount: string, month: number) =>
    api(app)
      .post('/api/v1/deals')
      .set('Authorization', `Bearer ${bureau}`)
      .set('Idempotency-Key', newKey())
      .send(
        dealBody(org[buyer], org[seller], {
          amount,
          signedAt: `${year}-${String(month).padStart(2, '0')}-10`,
          registrationNo: `${year}331127${String(++serial).padStart(8, '0')}`,
        }),
      )
      .expect(201);
  const stats = async (a = app, query = `year=${year}`) =>
    (await api(a).get(`/api/v1/stats/turnover?${query}`).set('Authorization', `Bearer ${bureau}`).expect(200)).body;
  const putTarget = (body: Record<string, unknown>) =>
    api(app).put(`/api/v1/targets/${year}`).set('Authorization', `Bearer ${bureau}`).send(body);

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('basis');
    drop = isolated.drop;
    const env = isolated.env;
    app = await createTestApp(env);
    cityApp = await createTestApp({ ...env, MARKET_REGION: '331100' });
    worker = await startWorker({ ...process.env, ...env });
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    await register('县内企业', 'enterprise', '331127');
    await register('县内院所', 'institution', '331127');
    await register('市内企业', 'enterprise', '331102');
    await register('省城企业', 'enterprise', '330102');
    await register('京城院所', 'institution', '110108');
    await Promise.all([
      registered('县内企业', '京城院所', '100.00', 3), // inflow only
      registered('省城企业', '县内院所', '200.00', 7), // outflow only
      registered('县内企业', '县内院所', '400.00', 12), // both: within the county
      registered('省城企业', '京城院所', '800.00', 12), // neither: registered here, traded elsewhere
      registered('市内企业', '京城院所', '50.00', 12), // inflow of the city, not of the county
    ]);
    await waitFor(
      async () => (await db.query(`SELECT count(*)::int AS n FROM deals WHERE status = 'recorded'`))[0].n === 5,
      45_000,
      'five deals recorded',
    );
  });

  afterAll(async () => {
    await worker?.close();
    await cityApp?.close();
    await app?.close();
    await drop?.();
  });

  it('reports inflow and outflow side by side, never added, and counts inflow without a target', async () => {
    const s = await stats();
    expect(s).toMatchObject({ basis: 'inflow', basisLabel: '技术吸纳', marketRegion: '331127', target: null });
    expect(s.flows).toEqual({
      inflow: { dealCount: 2, amount: '500.00', technologyAmount: '500.00' },
      outflow: { dealCount: 2, amount: '600.00', technologyAmount: '600.00' },
      withinRegion: { dealCount: 1, amount: '400.00', technologyAmount: '400.00' },
    });
    expect(s).toMatchObject({ total: '500.00', dealCount: 2 });
    expect(s.byMonth.map((m: { amount: string }) => m.amount).filter((a: string) => a !== '0.00')).toEqual(['100.00', '400.00']);
    // Inflow by where the technology came from: the sellers' regions.
    expect(s.byRegion.map((r: { region: string; amount: string }) => [r.region, r.amount])).toEqual([
      ['331127', '400.00'],
      ['110108', '100.00'],
    ]);
    expect(s.topSellers.map((r: { orgId: string }) => r.orgId)).toEqual([org['县内院所'], org['京城院所']]);
    expect(s.largestContracts).toMatchObject({ count: 2, amount: '500.00', share: 100 });
  });

  it('follows a target that tracks outflow, and its milestones count outflow only', async () => {
    const res = await putTarget({ turnover: '700.00', deals: 4, demandsPublished: 1, basis: 'outflow' }).expect(200);
    expect(res.body.basis).toBe('outflow');
    const s = await stats();
    expect(s).toMatchObject({ basis: 'outflow', basisLabel: '技术输出', total: '600.00', dealCount: 2, progress: 85.71 });
    expect(s.target).toMatchObject({ turnover: '700.00', basis: 'outflow' });
    // Outflow by where the technology went: the buyers' regions.
    expect(s.byRegion.map((r: { region: string; amount: string }) => [r.region, r.amount])).toEqual([
      ['331127', '400.00'],
      ['330102', '200.00'],
    ]);
    expect(s.byMonth[6]).toMatchObject({ month: 7, amount: '200.00', targetPace: '408.33' });
    // 600 of 700: 50 % and 80 % — not 100 %, which the sum of every deal (1,550) would claim.
    const milestones = await db.query(`SELECT milestone, title FROM notifications WHERE year = $1 ORDER BY milestone`, [year]);
    expect(milestones.map((m: { milestone: number }) => m.milestone)).toEqual([50, 80]);
    expect(milestones[0].title).toContain('技术输出');
  });

  it('defaults a target to inflow and refuses another basis, writing nothing', async () => {
    const bad = await putTarget({ turnover: '900.00', deals: 4, demandsPublished: 1, basis: 'both' }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['basis']);
    expect((await db.query('SELECT basis, turnover_fen FROM annual_targets WHERE year = $1', [year]))[0]).toEqual({
      basis: 'outflow',
      turnover_fen: '70000',
    });
    expect((await putTarget({ turnover: '900.00', deals: 4, demandsPublished: 1 }).expect(200)).body.basis).toBe('inflow');
    expect(await stats()).toMatchObject({ basis: 'inflow', total: '500.00', progress: 55.56 });
  });

  it('counts a city as its counties: MARKET_REGION=331100 takes in 331102 and 331127', async () => {
    const s = await stats(cityApp);
    expect(s.marketRegion).toBe('331100');
    expect(s.flows.inflow).toMatchObject({ dealCount: 3, amount: '550.00' });
    expect(s.flows.outflow).toMatchObject({ dealCount: 2, amount: '600.00' });
    expect(s.total).toBe('550.00');
  });

  it('exports the basis and both flows', async () => {
    const res = await api(app)
      .get(`/api/v1/stats/turnover/export?year=${year}&format=csv`)
      .set('Authorization', `Bearer ${bureau}`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const text = (res.body as Buffer).toString('utf8');
    expect(text).toContain('2015年合计,2,500.00');
    expect(text).toContain('统计口径：技术吸纳（市场地区 331127）');
    expect(text).toContain('技术吸纳（买方在本地区）,2,500.00');
    expect(text).toContain('技术输出（卖方在本地区）,2,600.00');
    expect(text).toContain('按地区,北京市海淀区,1,100.00');
  });

  it('keeps the ledger and its aggregates equal, the buyer regions included, and a rebuild changes no figure', async () => {
    const before = await stats();
    expect((await app.get(LedgerIntegrityService).check()).clean).toBe(true);
    await app.get(LedgerIntegrityService).rebuild();
    expect(await stats()).toEqual(before);
    const regions = await db.query(`SELECT DISTINCT buyer_region FROM ledger_entries ORDER BY 1`);
    expect(regions.map((r: { buyer_region: string }) => r.buyer_region)).toEqual(['330102', '331102', '331127']);
  });
});

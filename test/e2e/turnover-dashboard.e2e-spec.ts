import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { MilestonesService } from '@app/deals';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, newKey, ownRedisPrefix, registerMember, registrationNo, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('targets, turnover stats, milestones and exports (e2e)', () => {
  let app: INestApplication<App>;
  let workers: INestApplicationContext[];
  let db: DataSource;
  let bureau: string;
  let buyer: Member;
  let seller: Member;

  beforeAll(async () => {
    const env = { REDIS_PREFIX: ownRedisPrefix('dash') };
    app = await createTestApp(env);
    // Two workers compete for the same queue, as several worker processes would.
    workers = [await startWorker(env), await startWorker(env)];
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    [buyer, seller] = await Promise.all([registerMember(app), registerMember(app, 'institution')]);
  });

  afterAll(async () => {
    await Promise.all(workers.map((w) => w.close()));
    await app.close();
  });

  const auth = (req: ReturnType<ReturnType<typeof api>['get']>, token = bureau) => req.set('Authorization', `Bearer ${token}`);
  const postDeal = (overrides: Record<string, unknown>) =>
    auth(api(app).post('/api/v1/deals'))
      .set('Idempotency-Key', newKey())
      .send({ registrationNo: registrationNo(), ...dealBody(buyer.orgId, seller.orgId, overrides) })
      .expect(201);
  const allRecorded = (year: number) =>
    waitFor(
      async () =>
        Number((await db.query(`SELECT count(*)::int AS n FROM deals WHERE year = $1 AND status = 'registered'`, [year]))[0].n) === 0,
      30_000,
      `deals of ${year} recorded`,
    );
  const milestones = async (year: number) =>
    (await db.query(`SELECT milestone FROM notifications WHERE year = $1 ORDER BY milestone`, [year])).map(
      (r: { milestone: number }) => r.milestone,
    );

  describe('PUT/GET /targets/:year', () => {
    it('stores exact targets and reads them back', async () => {
      const put = await auth(api(app).put('/api/v1/targets/2013'))
        .send({ turnover: '100000000.05', deals: 120, demandsPublished: 50 })
        .expect(200);
      expect(put.body).toMatchObject({ year: 2013, turnover: '100000000.05', deals: 120, demandsPublished: 50 });
      const got = await auth(api(app).get('/api/v1/targets/2013')).expect(200);
      expect(got.body.turnover).toBe('100000000.05');
    });

    it('answers 404 for a year without a target and 400 for a bad year or body, writing nothing', async () => {
      expect((await auth(api(app).get('/api/v1/targets/2012')).expect(404)).body.code).toBe('TARGET_NOT_FOUND');
      expect((await auth(api(app).get('/api/v1/targets/20x2')).expect(400)).body.errors[0].field).toBe('year');
      const bad = await auth(api(app).put('/api/v1/targets/2012')).send({ turnover: 1000, deals: -1, demandsPublished: 3 }).expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['deals', 'turnover']);
      expect(await db.query('SELECT 1 FROM annual_targets WHERE year = 2012')).toEqual([]);
    });

    it('is for the bureau only', async () => {
      await auth(api(app).put('/api/v1/targets/2012'), buyer.token).send({ turnover: '1.00', deals: 1, demandsPublished: 1 }).expect(403);
      await api(app).get('/api/v1/targets/2012').expect(401);
      expect(await db.query('SELECT 1 FROM annual_targets WHERE year = 2012')).toEqual([]);
    });
  });

  describe('GET /stats/turnover', () => {
    it('answers a year without deals or target with zeros and a null target', async () => {
      const res = await auth(api(app).get('/api/v1/stats/turnover?year=1995')).expect(200);
      expect(res.body).toMatchObject({ year: 1995, target: null, total: '0.00', dealCount: 0, progress: null, paceNeeded: null });
      expect(res.body.byMonth).toHaveLength(12);
      expect(res.body.byMonth[11]).toEqual({
        month: 12,
        dealCount: 0,
        amount: '0.00',
        cumulative: '0.00',
        targetPace: null,
        seasonalPace: null,
      });
      expect(res.body.largestContracts).toMatchObject({ count: 0, amount: '0.00', share: null });
    });

    it('breaks the year down by month, field, contract type, region and seller, with labels', async () => {
      const year = 2014;
      await auth(api(app).put(`/api/v1/targets/${year}`))
        .send({ turnover: '10000.00', deals: 4, demandsPublished: 1 })
        .expect(200);
      await postDeal({
        amount: '1000.00',
        technologyAmount: '800.00',
        signedAt: `${year}-01-15`,
        field: 'electronics',
        contractType: 'transfer',
      });
      await postDeal({ amount: '2000.50', signedAt: `${year}-03-01`, field: 'electronics', contractType: 'service' });
      await postDeal({ amount: '0.01', signedAt: `${year}-03-31`, field: 'biomedicine', contractType: 'service' });
      await allRecorded(year);
      const s = (await auth(api(app).get(`/api/v1/stats/turnover?year=${year}`)).expect(200)).body;
      expect(s).toMatchObject({ total: '3000.51', technologyTotal: '2800.51', dealCount: 3, progress: 30.01, dealsProgress: 75 });
      expect(s.target).toEqual({ turnover: '10000.00', deals: 4, demandsPublished: 1, basis: 'inflow' });
      expect(s.paceNeeded).toMatchObject({ remaining: '6999.49', remainingDays: 0, perDay: null });
      expect(s.byMonth[0]).toMatchObject({ month: 1, dealCount: 1, amount: '1000.00', cumulative: '1000.00', targetPace: '833.33' });
      expect(s.byMonth[2]).toMatchObject({ month: 3, dealCount: 2, amount: '2000.51', cumulative: '3000.51', targetPace: '2500.00' });
      expect(s.byMonth[11].cumulative).toBe('3000.51');
      expect(s.byField).toEqual([
        expect.objectContaining({ field: 'electronics', label: '电子信息', amount: '3000.50', dealCount: 2 }),
        expect.objectContaining({ field: 'biomedicine', label: '生物与新医药', amount: '0.01', dealCount: 1 }),
      ]);
      expect(s.byContractType[0]).toMatchObject({ contractType: 'service', label: '技术服务', amount: '2000.51' });
      expect(s.byRegion).toEqual([expect.objectContaining({ region: '331127', amount: '3000.51', share: 100 })]);
      expect(s.topSellers).toEqual([expect.objectContaining({ orgId: seller.orgId, name: expect.any(String), amount: '3000.51' })]);
      expect(s.largestContracts).toMatchObject({ count: 3, amount: '3000.51', share: 100 });
    });

    it('is for the bureau only', async () => {
      await auth(api(app).get('/api/v1/stats/turnover?year=2014'), buyer.token).expect(403);
      expect((await auth(api(app).get('/api/v1/stats/turnover?year=abc')).expect(400)).body.errors[0].field).toBe('year');
    });
  });

  describe('milestones', () => {
    it('creates each milestone notification once, however many workers record concurrently', async () => {
      const year = 2011;
      await auth(api(app).put(`/api/v1/targets/${year}`))
        .send({ turnover: '1000.00', deals: 10, demandsPublished: 1 })
        .expect(200);
      await Promise.all(['300.00', '250.00'].map((amount, i) => postDeal({ amount, signedAt: `${year}-02-0${i + 1}` })));
      await allRecorded(year);
      // Milestones are evaluated right after each recording commits: poll for them.
      await waitFor(async () => (await milestones(year)).length > 0, 30_000, 'the 50 % milestone');
      expect(await milestones(year)).toEqual([50]);
      await Promise.all(
        ['100.00', '100.00', '100.00', '100.00', '100.00'].map((amount, i) => postDeal({ amount, signedAt: `${year}-06-0${i + 1}` })),
      );
      await allRecorded(year);
      await waitFor(async () => (await milestones(year)).length === 3, 30_000, 'the 80 % and 100 % milestones');
      expect(await milestones(year)).toEqual([50, 80, 100]);
      // Re-evaluating from many places at once changes nothing.
      const service = workers[0].get(MilestonesService);
      await Promise.all(Array.from({ length: 10 }, () => service.evaluate(year)));
      expect(await milestones(year)).toEqual([50, 80, 100]);
      const list = await auth(api(app).get(`/api/v1/notifications?year=${year}`)).expect(200);
      expect(list.body.total).toBe(3);
      expect(list.body.items.map((n: { milestone: number }) => n.milestone).sort()).toEqual([100, 50, 80]);
      expect(list.body.items[0].title).toContain(`${year}年技术市场交易额`);
      // Milestones are the bureau's: a member's list holds only its own organization's deal notifications.
      const own = await auth(api(app).get('/api/v1/notifications'), buyer.token).expect(200);
      expect(own.body.items.filter((n: { kind: string }) => n.kind === 'turnover_milestone')).toEqual([]);
    });

    it('notices a milestone reached by lowering the target', async () => {
      const year = 2010;
      await postDeal({ amount: '500.00', signedAt: `${year}-05-05` });
      await allRecorded(year);
      await auth(api(app).put(`/api/v1/targets/${year}`))
        .send({ turnover: '2000.00', deals: 1, demandsPublished: 1 })
        .expect(200);
      expect(await milestones(year)).toEqual([]);
      await auth(api(app).put(`/api/v1/targets/${year}`))
        .send({ turnover: '900.00', deals: 1, demandsPublished: 1 })
        .expect(200);
      expect(await milestones(year)).toEqual([50]);
    });
  });

  describe('exports', () => {
    const download = (path: string, token = bureau) =>
      auth(api(app).get(path), token)
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        });

    it("exports the year's deals as CSV in UTF-8 with a BOM and Chinese headers", async () => {
      const res = await download('/api/v1/deals/export?year=2014&format=csv').expect(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toContain('deals-2014.csv');
      const body = res.body as Buffer;
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const lines = body.toString('utf8').slice(1).trim().split('\r\n');
      expect(lines[0]).toBe('合同编号,登记号,签订日期,买方,卖方,合同类型,技术领域,成交额(元),技术交易额(元),地区代码,地区,状态,重大合同');
      expect(lines).toHaveLength(4);
      expect(lines.some((l) => l.includes('2000.50') && l.includes('技术服务') && l.includes('电子信息') && l.includes('已入账'))).toBe(
        true,
      );
    });

    it('exports the stats as XLSX with exact money strings', async () => {
      const res = await download('/api/v1/stats/turnover/export?year=2014&format=xlsx').expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
      expect(book.worksheets.map((w) => w.name)).toEqual(['总览', '按月', '按技术领域', '按合同类型', '按地区', '主要卖方']);
      const overview = book.getWorksheet('总览')!;
      expect(overview.getRow(2).values).toEqual([undefined, '2014年合计', 3, '3000.51', '2800.51', '100.00']);
      expect(book.getWorksheet('按月')!.getRow(4).values).toEqual([undefined, '3月', 2, '2000.51', '3000.51', '2500.00']);
    });

    it('exports the stats as CSV and the deals as XLSX; bureau only; bad format is a 400', async () => {
      const csv = await download('/api/v1/stats/turnover/export?year=2014&format=csv').expect(200);
      expect((csv.body as Buffer).toString('utf8')).toContain('按技术领域,电子信息,2,3000.50');
      const xlsx = await download('/api/v1/deals/export?year=2014&format=xlsx').expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as Parameters<typeof book.xlsx.load>[0]);
      expect(book.worksheets[0].rowCount).toBe(4);
      await download('/api/v1/deals/export?year=2014', buyer.token).expect(403);
      const bad = await auth(api(app).get('/api/v1/deals/export?year=2014&format=pdf')).expect(400);
      expect(bad.body.errors[0].field).toBe('format');
    });
  });
});

import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { demandBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, newKey, ownRedisPrefix, registrationNo, waitFor } from '../helpers/deals.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

const JINGNING = '浙江省丽水市景宁畲族自治县';

describe('regions as places (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let bureau: string;
  let enterprise: Member;

  beforeAll(async () => {
    const env = { REDIS_PREFIX: ownRedisPrefix('regions') };
    app = await createTestApp(env);
    worker = await startWorker(env);
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const fields = (res: { body: { errors?: { field: string }[] } }) => (res.body.errors ?? []).map((e) => e.field);

  describe('organizations', () => {
    it('refuses a code that names no place, naming the field, and writes nothing', async () => {
      const body = registerBody({ org: { region: '339999' } });
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(400);
      expect(fields(res)).toEqual(['org.region']);
      const [row] = await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
      expect(row.n).toBe(0);
    });

    it('carries the full name of the region beside its code', async () => {
      const res = await api(app).post('/api/v1/auth/register').send(registerBody()).expect(201);
      expect(res.body.org).toMatchObject({ region: '331127', regionName: JINGNING });
      const me = await api(app).get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
      expect(me.body.org.regionName).toBe(JINGNING);
    });
  });

  describe('listings and search', () => {
    const post = (overrides: Record<string, unknown>) =>
      api(app).post('/api/v1/demands').set(bearer(enterprise.token)).send(demandBody(overrides));
    const publish = async (overrides: Record<string, unknown>) => {
      const { id } = (await post(overrides).expect(201)).body as { id: string };
      await api(app).post(`/api/v1/demands/${id}/approve`).set(bearer(bureau)).expect(200);
      return id;
    };
    const found = async (q: string, region: string) =>
      ((await api(app).get('/api/v1/demands').query({ q, region }).expect(200)).body.items as { id: string }[]).map((i) => i.id).sort();

    it('refuses a demand in no place and writes nothing', async () => {
      const title = `无此地区${uniqueWord()}`;
      expect(fields(await post({ region: '339999', title }).expect(400))).toEqual(['region']);
      const [row] = await db.query('SELECT count(*)::int AS n FROM demands WHERE title = $1', [title]);
      expect(row.n).toBe(0);
    });

    it('names the region of a listing, and finds the listings of a province, a city or a county', async () => {
      const word = uniqueWord();
      const jingning = await publish({ keywords: [word], region: '331127' });
      const liandu = await publish({ keywords: [word], region: '331102' });
      const hangzhou = await publish({ keywords: [word], region: '330102' });
      const beijing = await publish({ keywords: [word], region: '110101' });
      expect((await api(app).get(`/api/v1/demands/${jingning}`).expect(200)).body).toMatchObject({
        region: '331127',
        regionName: JINGNING,
      });
      // All four indexed (the last one published may land in a later batch than the others).
      await eventually(async () => {
        expect(await found(word, '33')).toEqual([jingning, liandu, hangzhou].sort());
        expect(await found(word, '110000')).toEqual([beijing]);
      });
      expect(await found(word, '3311')).toEqual([jingning, liandu].sort());
      expect(await found(word, '331100')).toEqual([jingning, liandu].sort());
      expect(await found(word, '331127')).toEqual([jingning]);
      const hit = (await api(app).get('/api/v1/demands').query({ q: word, region: '331127' }).expect(200)).body.items[0];
      expect(hit.regionName).toBe(JINGNING);
    });

    it.each(['339999', '3399', '99', '33112', '3" OR region = "11', '331101'])('refuses the search region %s', async (region) => {
      const res = await api(app).get('/api/v1/demands').query({ region }).expect(400);
      expect(fields(res)).toEqual(['region']);
    });
  });

  describe('GET /regions', () => {
    it('lists the provinces, then each level below, publicly cached', async () => {
      const top = await api(app).get('/api/v1/regions').expect(200);
      expect(top.headers['cache-control']).toBe('public, max-age=86400');
      expect(top.body.items).toContainEqual({ code: '330000', name: '浙江省', leaf: false, selectable: true });
      const lishui = await api(app).get('/api/v1/regions').query({ parent: '331100' }).expect(200);
      expect(lishui.body.items).toContainEqual({ code: '331127', name: '景宁畲族自治县', leaf: true, selectable: true });
    });

    it('answers 400 for a malformed parent and 404 for one that names nothing', async () => {
      expect(fields(await api(app).get('/api/v1/regions').query({ parent: '33' }).expect(400))).toEqual(['parent']);
      await api(app).get('/api/v1/regions').query({ parent: '339999' }).expect(404);
    });
  });

  describe('deals, stats and exports', () => {
    // A year of its own: other suites record deals in the shared database (2007, 2008).
    const year = 2004;
    const sellerIn = async (region: string) =>
      (
        await api(app)
          .post('/api/v1/auth/register')
          .send(registerBody({ type: 'institution', org: { region } }))
          .expect(201)
      ).body.org.id as string;

    it('names the seller’s region on a deal and rolls the year up 省 → 市 → 县 with names', async () => {
      const [jingning, liandu, hangzhou] = await Promise.all([sellerIn('331127'), sellerIn('331102'), sellerIn('330102')]);
      const postDeal = (seller: string, amount: string) =>
        api(app)
          .post('/api/v1/deals')
          .set(bearer(bureau))
          .set('Idempotency-Key', newKey())
          .send(dealBody(enterprise.orgId, seller, { amount, signedAt: `${year}-05-01`, registrationNo: registrationNo(year) }));
      const first = await postDeal(jingning, '100.00');
      expect(first.status).toBeLessThan(300);
      for (const [seller, amount] of [
        [liandu, '200.00'],
        [hangzhou, '0.50'],
      ]) {
        expect((await postDeal(seller, amount)).status).toBeLessThan(300);
      }
      await waitFor(
        async () =>
          Number((await db.query(`SELECT count(*)::int AS n FROM deals WHERE year = $1 AND status = 'recorded'`, [year]))[0].n) === 3,
        90_000,
        'deals recorded',
      );
      const deal = await api(app).get(`/api/v1/deals/${first.body.id}`).set(bearer(bureau)).expect(200);
      expect(deal.body).toMatchObject({ region: '331127', regionName: JINGNING });

      const s = (await api(app).get('/api/v1/stats/turnover').query({ year }).set(bearer(bureau)).expect(200)).body;
      expect(s.byRegion).toContainEqual(expect.objectContaining({ region: '331127', regionName: JINGNING, amount: '100.00' }));
      expect(s.byRegionTree).toHaveLength(1);
      const [zhejiang] = s.byRegionTree;
      expect(zhejiang).toMatchObject({
        region: '330000',
        regionName: '浙江省',
        level: 'province',
        amount: '300.50',
        dealCount: 3,
        share: 100,
      });
      const cities = zhejiang.children.map((c: { regionName: string; amount: string }) => [c.regionName, c.amount]).sort();
      expect(cities).toEqual([
        ['浙江省丽水市', '300.00'],
        ['浙江省杭州市', '0.50'],
      ]);
      const lishui = zhejiang.children.find((c: { region: string }) => c.region === '331100');
      expect(lishui.children.map((c: { region: string; level: string }) => [c.region, c.level]).sort()).toEqual([
        ['331102', 'county'],
        ['331127', 'county'],
      ]);

      const csv = await api(app).get('/api/v1/deals/export').query({ year, format: 'csv' }).set(bearer(bureau)).expect(200);
      expect(csv.text).toContain(JINGNING);
      const xlsx = await api(app)
        .get('/api/v1/stats/turnover/export')
        .query({ year, format: 'xlsx' })
        .set(bearer(bureau))
        .buffer(true)
        .parse((res, done) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(xlsx.body as Parameters<typeof book.xlsx.load>[0]);
      const names = book.getWorksheet('按地区')!.getColumn(1).values;
      expect(names).toEqual(expect.arrayContaining(['浙江省', '浙江省丽水市', JINGNING, '浙江省杭州市']));
    }, 150_000);
  });
});

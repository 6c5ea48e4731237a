import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import type { App } from 'supertest/types.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { createCallers, type CallerSet } from '../helpers/callers.js';
import { newKey, startWorker } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * GET /deals/:id/registration-form: the 认定登记 package, pre-filled from the deal, its parties,
 * the listings and the inquiry it came from — for the parties and the bureau, JSON or XLSX.
 */
describe('GET /deals/:id/registration-form (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let drop: () => Promise<void>;
  let c: CallerSet;
  let outcomeId: string;
  let demandId: string;
  let inquiryId: string;
  let dealId: string;
  let declaredId: string;
  const year = new Date().getFullYear() - 1;

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
  const body = (extra: object = {}) => ({
    buyerOrgId: c.orgs.enterprise,
    sellerOrgId: c.orgs.institution,
    contractType: 'transfer',
    contractSubtype: '专利权',
    field: 'modern_agriculture',
    amount: '1250000.00',
    technologyAmount: '1000000.00',
    signedAt: `${year}-06-18`,
    title: '茶多酚低温提取专利转让合同',
    termStart: `${year}-07-01`,
    termEnd: `${year + 1}-06-30`,
    paymentMode: '分期支付',
    ...extra,
  });

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('form');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    worker = await startWorker({ ...process.env, ...isolated.env });
    c = await createCallers(app);
    demandId = await publish('demands', c.tokens.enterprise, demandBody());
    outcomeId = await publish('outcomes', c.tokens.institution, { ...outcomeBody(), contactName: '周明', contactPhone: '13805780000' });
    inquiryId = (await as(c.tokens.enterprise).post('/inquiries', { outcomeId, message: '想受让该专利。' }).expect(201)).body.id;
    dealId = (await as(c.tokens.enterprise).post('/deals', body({ outcomeId, demandId, inquiryId })).expect(201)).body.id;
    await as(c.tokens.institution).post(`/deals/${dealId}/confirm`).expect(200);
    declaredId = (
      await as(c.tokens.enterprise)
        .post('/deals', body({ amount: '10.00', technologyAmount: '10.00', title: null }))
        .expect(201)
    ).body.id;
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  it('pre-fills the form of a confirmed deal as the registration form asks', async () => {
    const f = (await as(c.tokens.enterprise).get(`/deals/${dealId}/registration-form`).expect(200)).body;
    expect(f).toMatchObject({
      form: '技术合同登记表',
      basis: expect.stringContaining('技术合同认定登记管理办法'),
      dealId,
      status: 'confirmed',
      registrationNo: null,
      contract: {
        name: '茶多酚低温提取专利转让合同',
        contractType: 'transfer',
        contractTypeLabel: '技术转让',
        contractSubtype: '专利权',
        fieldLabel: '现代农业',
        signedAt: `${year}-06-18`,
        termStart: `${year}-07-01`,
        termEnd: `${year + 1}-06-30`,
        paymentMode: '分期支付',
        amount: '1250000.00',
        technologyAmount: '1000000.00',
      },
      buyer: { role: '受让方', creditCode: expect.stringMatching(/^[0-9A-Z]{18}$/), region: '331127' },
      seller: { role: '让与方', contactName: '周明', contactPhone: '13805780000', region: '331127' },
      registrar: { name: '青岚县科学技术局', creditCode: '11331127MB1234567Y', region: '331127' },
      sources: {
        demand: { id: demandId, title: expect.any(String) },
        outcome: { id: outcomeId, title: expect.any(String) },
        inquiry: { id: inquiryId, listingKind: 'outcome' },
      },
    });
    // The buyer's contact is the member who declared it for them.
    expect(f.buyer.contactName).toBe('陈志远');
    // The other party and the bureau read the same form.
    expect((await as(c.tokens.institution).get(`/deals/${dealId}/registration-form`).expect(200)).body).toEqual(f);
    expect((await as(c.tokens.bureau).get(`/deals/${dealId}/registration-form`).expect(200)).body).toEqual(f);
  });

  it('downloads the same form as XLSX', async () => {
    const res = await as(c.tokens.enterprise)
      .get(`/deals/${dealId}/registration-form?format=xlsx`)
      .buffer(true)
      .parse((r, cb) => {
        const chunks: Buffer[] = [];
        r.on('data', (chunk: Buffer) => chunks.push(chunk));
        r.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`registration-form-${dealId}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.body as Parameters<typeof book.xlsx.load>[0]);
    const sheet = book.getWorksheet('技术合同登记表')!;
    const rows = new Map<string, string>();
    sheet.eachRow((row) => rows.set(String(row.getCell(1).value), String(row.getCell(2).value ?? '')));
    expect(rows.get('合同名称')).toBe('茶多酚低温提取专利转让合同');
    expect(rows.get('合同类别')).toBe('专利权');
    expect(rows.get('合同成交额（元）')).toBe('1250000.00');
    expect(rows.get('技术交易额（元）')).toBe('1000000.00');
    expect(rows.get('卖方（让与方）名称')).toBeTruthy();
    expect(rows.get('合同期限')).toBe(`${year}-07-01 至 ${year + 1}-06-30`);
    expect(rows.get('支付方式')).toBe('分期支付');
  });

  it('refuses a deal not yet confirmed (409), an outsider (404) and a bad format (400)', async () => {
    const early = await as(c.tokens.enterprise).get(`/deals/${declaredId}/registration-form`).expect(409);
    expect(early.body.code).toBe('DEAL_STATE_CONFLICT');
    await as(c.tokens.outsider).get(`/deals/${dealId}/registration-form`).expect(404);
    await api(app).get(`/api/v1/deals/${dealId}/registration-form`).expect(401);
    const bad = await as(c.tokens.enterprise).get(`/deals/${dealId}/registration-form?format=pdf`).expect(400);
    expect(bad.body.errors[0].field).toBe('format');
    await as(c.tokens.enterprise).get('/deals/not-a-uuid/registration-form').expect(400);
  });
});

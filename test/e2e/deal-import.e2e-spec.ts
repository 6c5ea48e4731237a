import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { DealRecordingService } from '@app/deals';
import { bureauToken } from '../helpers/bureau.js';
import { registerMember, registrationNo, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { createIsolatedDatabase, rowCounts, WORKER_KEPT } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * POST /deals/import on the real services: a bureau's CSV or XLSX of registered contracts,
 * validated row by row with the deal rules, idempotent per file, and hostile files refused
 * with a 400 naming the file, or a row error naming the row and column — never a 5xx.
 */
describe('POST /api/v1/deals/import (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  let buyer: Member & { creditCode: string };
  let seller: Member & { creditCode: string };
  const year = new Date().getUTCFullYear() - 1;
  const BOM = '\uFEFF';

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('import');
    drop = isolated.drop;
    app = await createTestApp({ ...isolated.env, DEALS_IMPORT_MAX_ROWS: '50', DEALS_IMPORT_MAX_BYTES: '65536' });
    worker = await startWorker({ ...process.env, ...isolated.env });
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    const withCode = async (m: Member) => ({
      ...m,
      creditCode: (await db.query('SELECT credit_code FROM organizations WHERE id = $1', [m.orgId]))[0].credit_code as string,
    });
    buyer = await withCode(await registerMember(app, 'enterprise'));
    seller = await withCode(await registerMember(app, 'institution'));
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  const upload = (body: Buffer | string, options: { name?: string; key?: string; token?: string } = {}) => {
    let req = api(app).post('/api/v1/deals/import');
    if (options.token !== '') req = req.set('Authorization', `Bearer ${options.token ?? bureau}`);
    if (options.key) req = req.set('Idempotency-Key', options.key);
    return req.attach('file', Buffer.isBuffer(body) ? body : Buffer.from(body, 'utf8'), options.name ?? 'contracts.csv');
  };
  const header = '买方,卖方,合同类型,技术领域,成交额(元),技术交易额(元),签订日期,技术合同登记号';
  const line = (amount: string, day: number, extra: Partial<Record<'buyer' | 'seller' | 'type' | 'field' | 'reg', string>> = {}) =>
    [
      extra.buyer ?? buyer.creditCode,
      extra.seller ?? seller.orgId,
      extra.type ?? '技术开发',
      extra.field ?? '现代农业',
      amount,
      '',
      `${year}/3/${day}`,
      extra.reg ?? registrationNo(year),
    ].join(',');
  const dealCount = async () => Number((await db.query('SELECT count(*)::int AS n FROM deals'))[0].n);

  describe('a valid file', () => {
    it('stores every row as a registered deal, records them, and a re-upload creates nothing and answers the same report', async () => {
      const csv = `${BOM}${header}\r\n${line('1250000.00', 1)}\r\n${line('0.01', 2)}\r\n${line('88.80', 3, { type: 'service', field: 'electronics' })}\r\n`;
      const first = await upload(csv, { key: 'file-a' }).expect(202);
      expect(first.body).toMatchObject({ accepted: 3, rejected: 0, errors: [] });
      const rows = await db.query(
        `SELECT amount_fen, contract_type, field, signed_at::text FROM deals WHERE buyer_org_id = $1 ORDER BY amount_fen`,
        [buyer.orgId],
      );
      expect(rows).toEqual([
        { amount_fen: '1', contract_type: 'development', field: 'modern_agriculture', signed_at: `${year}-03-02` },
        { amount_fen: '8880', contract_type: 'service', field: 'electronics', signed_at: `${year}-03-03` },
        { amount_fen: '125000000', contract_type: 'development', field: 'modern_agriculture', signed_at: `${year}-03-01` },
      ]);
      await waitFor(
        async () =>
          Number(
            (await db.query(`SELECT count(*)::int AS n FROM deals WHERE buyer_org_id = $1 AND status = 'recorded'`, [buyer.orgId]))[0].n,
          ) === 3,
        45_000,
        'the imported deals recorded',
      );
      // A replayed batch job finds the deals recorded and writes nothing.
      const ids = (await db.query('SELECT id FROM deals WHERE buyer_org_id = $1', [buyer.orgId])).map((r: { id: string }) => r.id);
      expect(await app.get(DealRecordingService).recordMany(ids)).toEqual({ recorded: 0, skipped: 3 });
      const before = await rowCounts(db, WORKER_KEPT);
      expect(before.ledger_entries).toBe(3);
      expect((await upload(csv, { key: 'file-a' }).expect(202)).body).toEqual(first.body);
      expect((await upload(csv).expect(202)).body).toEqual(first.body); // same content, no key
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
      const other = await upload(`${header}\n${line('5.00', 4)}\n`, { key: 'file-a' }).expect(409);
      expect(other.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
    });

    it('reads XLSX with date and number cells, and English headers', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('合同');
      sheet.addRow(['buyer', 'seller', 'contractType', 'field', 'amount', 'signedAt', 'registrationNo']);
      sheet.addRow([
        buyer.orgId,
        seller.creditCode,
        'license',
        'new_energy',
        4321.5,
        new Date(Date.UTC(year, 5, 30)),
        registrationNo(year),
      ]);
      sheet.addRow([
        buyer.orgId,
        seller.creditCode,
        'license',
        'new_energy',
        { formula: 'SUM(1,2)', result: 3 },
        new Date(Date.UTC(year, 5, 30)),
        registrationNo(year),
      ]);
      const file = Buffer.from(await book.xlsx.writeBuffer());
      const res = await upload(file, { name: 'contracts.xlsx' }).expect(202);
      expect(res.body).toMatchObject({ accepted: 1, rejected: 1, errors: [{ row: 3, field: 'amount', column: 'amount' }] });
      const [deal] = await db.query(`SELECT amount_fen, signed_at::text FROM deals WHERE contract_type = 'license'`);
      expect(deal).toEqual({ amount_fen: '432150', signed_at: `${year}-06-30` });
    });
  });

  describe('files as registration offices have them', () => {
    it('reads a GB18030 CSV (Excel on a Chinese desktop) with amounts in digit grouping', async () => {
      const reg = `${year}331127000123AB`;
      const csv = [
        header,
        `${buyer.creditCode},${seller.creditCode},技术转让,新材料,"1,250,000.00","1,000,000",${year}年4月8日,${reg}`,
        line('"1,25"', 9, { reg: `${year}331127000125AB` }), // row 3: a comma that might be a decimal separator
        line('"12,50,000"', 9, { reg: `${year}331127000126AB` }), // row 4: grouping that is not by thousands
      ].join('\r\n');
      const bytes = iconv.encode(`${csv}\r\n`, 'gb18030');
      expect(bytes.includes(Buffer.from('技术转让', 'utf8'))).toBe(false); // really not UTF-8
      const res = await upload(bytes, { name: '登记合同.csv' }).expect(202);
      expect(res.body).toMatchObject({ accepted: 1, rejected: 2 });
      expect(res.body.errors.map((e: { row: number; field: string; column: string }) => [e.row, e.field, e.column])).toEqual([
        [3, 'amount', '成交额(元)'],
        [4, 'amount', '成交额(元)'],
      ]);
      const rows = await db.query(
        `SELECT amount_fen, technology_amount_fen, contract_type, field, signed_at::text FROM deals WHERE registration_no = $1`,
        [reg],
      );
      expect(rows).toEqual([
        {
          amount_fen: '125000000',
          technology_amount_fen: '100000000',
          contract_type: 'transfer',
          field: 'new_materials',
          signed_at: `${year}-04-08`,
        },
      ]);
    });

    it('keeps the JSON API strict about digit grouping', async () => {
      const before = await dealCount();
      const res = await api(app)
        .post('/api/v1/deals')
        .set('Authorization', `Bearer ${bureau}`)
        .set('Idempotency-Key', 'grouped-amount')
        .send({
          buyerOrgId: buyer.orgId,
          sellerOrgId: seller.orgId,
          contractType: 'development',
          field: 'modern_agriculture',
          amount: '1,250,000.00',
          signedAt: `${year}-05-01`,
          registrationNo: `${year}331127000124AB`,
        })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
      expect(await dealCount()).toBe(before);
    });
  });

  describe('rows that break the rules', () => {
    it('reports each bad row with its row number and column, and stores the good ones', async () => {
      const huge = 'x'.repeat(5000);
      const reg = registrationNo(year);
      const csv = [
        header,
        line('100.00', 5, { reg }), // row 2: fine
        line('-1', 5), // row 3: negative amount
        line('100.001', 5, { reg: "=cmd|' /C calc'!A0" }), // row 4: three decimals, formula in a text column
        line('100.00', 5, { buyer: "=cmd|' /C calc'!A0" }), // row 5: formula as a party
        line('100.00', 5, { seller: huge }), // row 6: huge cell
        line('100.00', 5, { reg }), // row 7: duplicate of row 2
        line('100.00', 5, { type: 'gift', field: '玄学' }), // row 8: unknown type and field
        line('100.00', 5, { seller: buyer.creditCode }), // row 9: buyer is seller
        `${buyer.creditCode},${seller.orgId},技术开发,现代农业,100.00,200.00,${year + 5}-01-01,${registrationNo(year)}`, // row 10: tech > amount, future date
        line('100.00', 6, { reg: '' }), // row 11: no registration number
      ].join('\n');
      const before = await dealCount();
      const res = await upload(csv).expect(202);
      expect(res.body.accepted).toBe(1);
      expect(res.body.rejected).toBe(9);
      const fieldsOf = (row: number) =>
        (res.body.errors as { row: number; field: string }[])
          .filter((e) => e.row === row)
          .map((e) => e.field)
          .sort();
      expect(fieldsOf(3)).toEqual(['amount']);
      expect(fieldsOf(4)).toEqual(['amount', 'registrationNo']);
      expect(fieldsOf(5)).toEqual(['buyer']);
      expect(fieldsOf(6)).toEqual(['seller']);
      expect(fieldsOf(7)).toEqual(['registrationNo']);
      expect(fieldsOf(8)).toEqual(['contractType', 'field']);
      expect(fieldsOf(9)).toEqual(['seller']);
      expect(fieldsOf(10)).toEqual(['signedAt', 'technologyAmount']);
      expect(fieldsOf(11)).toEqual(['registrationNo']);
      expect(res.body.errors.find((e: { row: number }) => e.row === 3).column).toBe('成交额(元)');
      expect(JSON.stringify(res.body).length).toBeLessThan(10_000); // a huge cell is not echoed back
      expect(await dealCount()).toBe(before + 1);
    });

    it('imports a registration number once, across files', async () => {
      const reg = `${year}331127000099AB`;
      const first = await upload(`${header}\n${line('10.00', 6, { reg })}\n${line('11.00', 6, { reg })}\n`).expect(202);
      expect(first.body).toMatchObject({ accepted: 1, rejected: 1, errors: [{ row: 3, field: 'registrationNo' }] });
      const second = await upload(`${header}\n${line('12.00', 7, { reg: reg.toLowerCase() })}\n`).expect(202);
      expect(second.body).toMatchObject({ accepted: 0, rejected: 1, errors: [{ row: 2, field: 'registrationNo' }] });
    });
  });

  describe('files refused whole (400 naming the file, nothing written)', () => {
    const refusals: [string, () => Buffer | string, RegExp][] = [
      [
        'bytes neither UTF-8 nor GB18030',
        () => Buffer.concat([iconv.encode(`${header}\n`, 'gb18030'), Buffer.from([0xff, 0xff, 0x0a])]),
        /GB18030/,
      ],
      ['UTF-16', () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${header}\n`, 'utf16le')]), /UTF-16/],
      [
        'a missing required column',
        () => `买方,卖方,合同类型,技术领域,签订日期\n${buyer.creditCode},${seller.orgId},技术开发,现代农业,${year}-01-01\n`,
        /amount/,
      ],
      ['a header only', () => `${BOM}${header}\r\n`, /no data rows/],
      ['an empty file', () => BOM, /empty/],
      ['binary noise', () => Buffer.from([0, 1, 2, 3, 0, 0, 255, 0]), /CSV|UTF-8/],
      ['an unterminated quote', () => `${header}\n"${buyer.creditCode},x\n`, /CSV/],
      ['a damaged XLSX', () => Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(64, 7)]), /XLSX/],
      ['more rows than the cap', () => [header, ...Array.from({ length: 51 }, (_, i) => line(`${i + 1}.00`, 9))].join('\n'), /at most 50/],
    ];

    it.each(refusals)('refuses %s', async (_what, body, message) => {
      const before = await rowCounts(db, WORKER_KEPT);
      const res = await upload(body(), { key: `refused-${_what.replace(/[^\w-]+/g, '-')}` }).expect(400);
      expect(res.body.errors[0].field).toBe('file');
      expect(res.body.message).toMatch(message);
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
    });

    it('refuses a request without a file, and a file over the size cap (413)', async () => {
      const before = await rowCounts(db, WORKER_KEPT);
      const none = await api(app).post('/api/v1/deals/import').set('Authorization', `Bearer ${bureau}`).send({}).expect(400);
      expect(none.body.errors[0].field).toBe('file');
      await upload(`${header}\n${'9'.repeat(70_000)}\n`).expect(413);
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
    });

    it('refuses callers other than the bureau before reading the file', async () => {
      const before = await rowCounts(db, WORKER_KEPT);
      await upload(`${header}\n${line('1.00', 1)}\n`, { token: buyer.token }).expect(403);
      await upload(`${header}\n${line('1.00', 1)}\n`, { token: '' }).expect(401);
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
    });
  });
});

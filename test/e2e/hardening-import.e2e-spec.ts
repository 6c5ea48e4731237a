import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { buildXlsx, sheetXml } from '../../libs/deals/test/zip-builder.js';
import { bureauToken } from '../helpers/bureau.js';
import { ownRedisPrefix } from '../helpers/deals.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('XLSX import under crafted files (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;
  let bureau: string;

  beforeAll(async () => {
    app = await createTestApp({
      REDIS_PREFIX: ownRedisPrefix('xlsx'),
      DEALS_IMPORT_MAX_INFLATED_BYTES: String(1024 * 1024),
      DEALS_IMPORT_MAX_ROWS: '5',
    });
    db = app.get(DataSource);
    bureau = await bureauToken(app);
  });
  afterAll(async () => {
    await app.close();
  });

  const upload = (file: Buffer, name = 'contracts.xlsx') =>
    api(app).post('/api/v1/deals/import').set('Authorization', `Bearer ${bureau}`).attach('file', file, name);
  const imports = async (name: string) =>
    Number((await db.query('SELECT count(*)::int AS n FROM deal_imports WHERE filename = $1', [name]))[0].n);
  const HEADER = ['买方', '卖方', '合同类型', '成交额', '签订日期'];

  it('answers 413 for a small file that would inflate past the limit, and writes nothing', async () => {
    const bomb = buildXlsx(sheetXml([HEADER], ' '.repeat(16 * 1024 * 1024)));
    expect(bomb.length).toBeLessThan(64 * 1024);
    const name = `bomb-${randomUUID()}.xlsx`;
    const res = await upload(bomb, name).expect(413);
    expect(res.body).toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE', errors: [{ field: 'file' }] });
    expect(await imports(name)).toBe(0);
  });

  it('answers 400 naming the file once the rows pass the cap', async () => {
    const rows = Array.from({ length: 6 }, () => ['91331127MA2HXXXX0X', '12331127MB1234567Y', 'service', '1.00', '2026-01-01']);
    const res = await upload(buildXlsx(sheetXml([HEADER, ...rows]))).expect(400);
    expect(res.body.errors).toEqual([{ field: 'file', messages: [expect.stringContaining('more than 5 data rows')] }]);
  });
});

import { DealImportService, DealRecordingService } from '../src/index.js';
import { startDeals, type DealsHarness } from './deals-harness.js';
import { newKey, registrationNo } from './deals.factory.js';

/** A bureau's file of registered contracts: each row through the deal rules, errors named by row and column. */
describe(DealImportService.name, () => {
  let h: DealsHarness;
  let importer: DealImportService;
  let buyerCode: string;
  const header = '买方,卖方,合同类型,技术领域,成交额(元),技术交易额(元),签订日期,技术合同登记号';
  const csv = (...lines: string[]) => ({ buffer: Buffer.from(`${header}\n${lines.join('\n')}\n`, 'utf8'), filename: 'contracts.csv' });
  const line = (cells: Partial<Record<'buyer' | 'seller' | 'type' | 'field' | 'amount' | 'tech' | 'date' | 'reg', string>> = {}) =>
    [
      cells.buyer ?? buyerCode,
      cells.seller ?? h.seller.organizationId,
      cells.type ?? '技术开发',
      cells.field ?? '现代农业',
      cells.amount ?? '1000.00',
      cells.tech ?? '',
      cells.date ?? '2019/3/8',
      cells.reg ?? registrationNo(2019),
    ].join(',');
  const dealsOfImport = (importId: string) =>
    h.db.query(
      `SELECT amount_fen, technology_amount_fen, signed_at::text, status, region FROM deals WHERE idempotency_key LIKE 'import:' || $1 || ':%' ORDER BY amount_fen`,
      [importId],
    );

  beforeAll(async () => {
    h = await startDeals('import');
    importer = h.moduleRef.get(DealImportService);
    buyerCode = (await h.db.query('SELECT credit_code FROM organizations WHERE id = $1', [h.buyer.organizationId]))[0].credit_code;
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('import', () => {
    it('stores the valid rows as registered deals and reports each bad row with its column', async () => {
      const taken = registrationNo(2019);
      const file = csv(
        line({ amount: '1250000.00', date: '2019年3月8日' }),
        line({ buyer: '91331127MA2XXXXXX0' }),
        line({ amount: '12.345' }),
        line({ reg: '' }),
        line({ amount: '88.80', tech: '80.00', reg: taken }),
        line({ amount: '99.00', reg: taken }),
      );
      const report = await importer.import(h.bureau, newKey(), file);
      expect(report).toMatchObject({ accepted: 2, rejected: 4, created: true });
      expect(report.errors.map((e) => [e.row, e.field, e.column])).toEqual([
        [3, 'buyer', '买方'],
        [4, 'amount', '成交额(元)'],
        [5, 'registrationNo', '技术合同登记号'],
        [7, 'registrationNo', '技术合同登记号'],
      ]);
      expect(await dealsOfImport(report.importId)).toEqual([
        { amount_fen: '8880', technology_amount_fen: '8000', signed_at: '2019-03-08', status: 'registered', region: '331127' },
        { amount_fen: '125000000', technology_amount_fen: '125000000', signed_at: '2019-03-08', status: 'registered', region: '331127' },
      ]);
    });

    it('answers the first report for the same file again and stores nothing more', async () => {
      const file = csv(line({ amount: '3.00' }));
      const first = await importer.import(h.bureau, 'import-same-file', file);
      const again = await importer.import(h.bureau, 'import-same-file', file);
      expect(again).toEqual({ ...first, created: false });
      expect(await dealsOfImport(first.importId)).toHaveLength(1);
      await expect(importer.import(h.bureau, 'import-same-file', csv(line({ amount: '4.00' })))).rejects.toMatchObject({
        code: 'IDEMPOTENCY_KEY_REUSED',
      });
    });

    it('leaves imported deals for the recording jobs, which record each once', async () => {
      const report = await importer.import(h.bureau, newKey(), csv(line({ amount: '5.00' }), line({ amount: '6.00' })));
      const ids = (await h.db.query(`SELECT id FROM deals WHERE idempotency_key LIKE 'import:' || $1 || ':%'`, [report.importId])).map(
        (r: { id: string }) => r.id,
      );
      const recording = h.moduleRef.get(DealRecordingService);
      expect(await recording.recordMany(ids)).toEqual({ recorded: 2, skipped: 0 });
      expect(await recording.recordMany(ids)).toEqual({ recorded: 0, skipped: 2 });
    });

    it('rejects an import by anyone but the bureau, writing nothing', async () => {
      const before = Number((await h.db.query('SELECT count(*)::int AS n FROM deals'))[0].n);
      await expect(importer.import(h.buyer, newKey(), csv(line()))).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(Number((await h.db.query('SELECT count(*)::int AS n FROM deals'))[0].n)).toBe(before);
    });
  });
});

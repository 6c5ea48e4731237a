import { AppConfig } from '@app/config';
import type { DataSource } from 'typeorm';
import {
  DealCancellationService,
  DealIntakeService,
  DealRecordingService,
  LedgerIntegrityService,
  TurnoverStatsService,
  type DealInput,
} from '../src/index.js';
import { startDeals, type DealsHarness } from './deals-harness.js';
import { dealBody, newKey, registrationNo } from './deals.factory.js';

/** The rollup's rows that are not all zero, in key order. */
const rollup = (db: DataSource) =>
  db.query(
    `SELECT year, dimension, key, region::text, buyer_region::text AS "buyerRegion", deal_count::int AS "dealCount",
            amount_fen::text AS "amountFen", technology_amount_fen::text AS "technologyAmountFen"
       FROM turnover_rollups WHERE (deal_count, amount_fen, technology_amount_fen) <> (0, 0, 0)
      ORDER BY 1, 2, 3, 4, 5`,
  );

/** The same rows summed afresh from the ledger: every entry once per dimension. */
const fromLedger = (db: DataSource) =>
  db.query(
    `SELECT year, dimension, key, region::text, "buyerRegion", "dealCount", "amountFen", "technologyAmountFen"
       FROM (SELECT e.year, d.dimension, d.key, e.region COLLATE "C" AS region, e.buyer_region::text COLLATE "C" AS "buyerRegion",
                    sum(CASE e.kind WHEN 'record' THEN 1 ELSE -1 END)::int AS "dealCount", sum(e.amount_fen)::text AS "amountFen",
                    sum(e.technology_amount_fen)::text AS "technologyAmountFen"
               FROM ledger_entries e
              CROSS JOIN LATERAL (VALUES ('month', e.month::text), ('field', e.field::text), ('contract_type', e.contract_type::text),
                                         ('seller', e.seller_org_id::text)) d(dimension, key)
              GROUP BY 1, 2, 3, 4, 5) s
      WHERE ("dealCount", "amountFen", "technologyAmountFen") <> (0, '0', '0')
      ORDER BY 1, 2, 3, 4, 5`,
  );

/** The dashboard's rollup follows every writer of the ledger: recording (one and in batches), cancelling, rebuilding. */
describe(LedgerIntegrityService.name, () => {
  let h: DealsHarness;
  const year = 2019;

  const registered = async (amount: string, overrides: Record<string, unknown> = {}) => {
    const body = dealBody(h.buyer.organizationId, h.seller.organizationId, {
      amount,
      registrationNo: registrationNo(year),
      signedAt: `${year}-03-15`,
      ...overrides,
    });
    return (await h.moduleRef.get(DealIntakeService).accept(h.bureau, newKey(), body as DealInput)).id;
  };

  beforeAll(async () => {
    h = await startDeals('rollup');
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('rebuild', () => {
    it('keeps the rollup equal to a fresh sum over the ledger through recording, cancelling and a rebuild', async () => {
      const recording = h.moduleRef.get(DealRecordingService);
      const cancellation = h.moduleRef.get(DealCancellationService);
      const integrity = h.moduleRef.get(LedgerIntegrityService);
      const batch = [
        await registered('1000.00'),
        await registered('20.50', { contractType: 'license', field: 'biomedicine' }),
        await registered('3.00'),
      ];
      await recording.recordMany(batch);
      const single = await registered('77.77', { signedAt: `${year}-11-02` });
      await recording.record(single);
      // A recorded deal cancelled (its record reversed), and a registered one cancelled before its job ran (record and cancel at once).
      await cancellation.cancel(h.bureau, batch[1], '合同解除');
      await cancellation.cancel(h.bureau, await registered('5.00'), null);
      await recording.record(batch[1]);

      const expected = await fromLedger(h.db);
      expect(expected.length).toBeGreaterThan(0);
      expect(await rollup(h.db)).toEqual(expected);
      expect(await integrity.check()).toMatchObject({ clean: true, rollups: [] });

      const stats = h.moduleRef.get(TurnoverStatsService);
      const before = await stats.turnover(year);
      const prefix = h.moduleRef.get(AppConfig).market.regionPrefix;
      const [sums] = await h.db.query(
        `SELECT sum(amount_fen)::text AS fen, sum(CASE kind WHEN 'record' THEN 1 ELSE -1 END)::int AS deals
           FROM ledger_entries WHERE year = $1 AND buyer_region LIKE $2`,
        [year, `${prefix}%`],
      );
      expect(BigInt(before.total.replace('.', ''))).toBe(BigInt(sums.fen ?? 0));
      expect(before.dealCount).toBe(sums.deals ?? 0);

      // A rollup row knocked off by hand shows in the check, and a rebuild restores it from the ledger.
      await h.db.query(`UPDATE turnover_rollups SET amount_fen = amount_fen + 1 WHERE dimension = 'seller' AND year = $1`, [year]);
      const report = await integrity.check();
      expect(report.clean).toBe(false);
      expect(report.rollups).toEqual([expect.objectContaining({ year, dimension: 'seller', key: h.seller.organizationId })]);
      await integrity.rebuild();
      expect(await rollup(h.db)).toEqual(expected);
      expect(await integrity.check()).toMatchObject({ clean: true });
      expect(await stats.turnover(year)).toEqual(before);
    });
  });
});

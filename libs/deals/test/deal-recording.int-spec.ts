import { DealIntakeService, DealRecordingService, LedgerIntegrityService, type DealInput } from '../src/index.js';
import { ledgerState, startDeals, type DealsHarness } from './deals-harness.js';
import { dealBody, newKey, registrationNo } from './deals.factory.js';

/** Recording a registered deal into the ledger exactly once, however often the job runs. */
describe(DealRecordingService.name, () => {
  let h: DealsHarness;
  let recording: DealRecordingService;

  const registered = async (amount = '1000.00') => {
    const body = dealBody(h.buyer.organizationId, h.seller.organizationId, { amount, registrationNo: registrationNo(2020) });
    return (await h.moduleRef.get(DealIntakeService).accept(h.bureau, newKey(), body as DealInput)).id;
  };

  beforeAll(async () => {
    h = await startDeals('record');
    recording = h.moduleRef.get(DealRecordingService);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('record', () => {
    it('appends one record entry and adds the amount to the aggregates once, however often it is retried', async () => {
      const id = await registered('1000.00');
      const before = await ledgerState(h.db, id);
      expect(before).toMatchObject({ status: 'registered', entries: 0 });
      expect(await recording.record(id)).toBe('recorded');
      expect(await recording.record(id)).toBe('already_done');
      expect(await recording.record(id)).toBe('already_done');
      const after = await ledgerState(h.db, id);
      expect(after).toMatchObject({ status: 'recorded', entries: 1, ledgerFen: '100000' });
      expect(BigInt(after.aggregateFen) - BigInt(before.aggregateFen)).toBe(100000n);
      expect(after.aggregateDeals - before.aggregateDeals).toBe(1);
    });

    it('records once when several retries run at the same time', async () => {
      const id = await registered('0.01');
      const before = await ledgerState(h.db, id);
      const outcomes = await Promise.all([1, 2, 3, 4].map(() => recording.record(id)));
      expect(outcomes.sort()).toEqual(['already_done', 'already_done', 'already_done', 'recorded']);
      const after = await ledgerState(h.db, id);
      expect(after).toMatchObject({ entries: 1, ledgerFen: '1' });
      expect(BigInt(after.aggregateFen) - BigInt(before.aggregateFen)).toBe(1n);
    });

    it('leaves a declared deal and an unknown id alone', async () => {
      const body = dealBody(h.buyer.organizationId, h.seller.organizationId) as DealInput;
      const declared = (await h.moduleRef.get(DealIntakeService).accept(h.buyer, newKey(), body)).id;
      expect(await recording.record(declared)).toBe('already_done');
      expect(await ledgerState(h.db, declared)).toMatchObject({ status: 'declared', entries: 0 });
      expect(await recording.record('00000000-0000-4000-8000-000000000000')).toBe('missing');
    });
  });

  describe('recordMany', () => {
    it('records a batch in one go and a replayed batch writes nothing', async () => {
      const ids = [await registered('1.00'), await registered('2.00'), await registered('3.00')];
      expect(await recording.recordMany(ids)).toEqual({ recorded: 3, skipped: 0 });
      const state = await Promise.all(ids.map((id) => ledgerState(h.db, id)));
      expect(await recording.recordMany(ids)).toEqual({ recorded: 0, skipped: 3 });
      expect(await Promise.all(ids.map((id) => ledgerState(h.db, id)))).toEqual(state);
      expect(state.map((s) => [s.status, s.entries, s.ledgerFen])).toEqual([
        ['recorded', 1, '100'],
        ['recorded', 1, '200'],
        ['recorded', 1, '300'],
      ]);
    });

    it('records only the registered deals of a batch and leaves a declared deal and an unknown id alone', async () => {
      const declared = (
        await h.moduleRef
          .get(DealIntakeService)
          .accept(h.buyer, newKey(), dealBody(h.buyer.organizationId, h.seller.organizationId) as DealInput)
      ).id;
      const done = await registered('4.00');
      await recording.recordMany([done]);
      const fresh = await registered('5.00');
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(await recording.recordMany([declared, done, fresh, unknown])).toEqual({ recorded: 1, skipped: 3 });
      expect(await ledgerState(h.db, declared)).toMatchObject({ status: 'declared', entries: 0 });
      expect(await ledgerState(h.db, done)).toMatchObject({ status: 'recorded', entries: 1, ledgerFen: '400' });
      expect(await ledgerState(h.db, fresh)).toMatchObject({ status: 'recorded', entries: 1, ledgerFen: '500' });
    });

    it('records each deal once when overlapping batches run at the same time, the aggregates equal to the ledger', async () => {
      const ids = await Promise.all(Array.from({ length: 30 }, (_, i) => registered(`${i + 1}.01`)));
      const before = await ledgerState(h.db, ids[0]);
      // Three batches in different orders, each sharing deals with the others, and one replay.
      const batches = [ids.slice(0, 20), ids.slice(10, 30).reverse(), [...ids.slice(20), ...ids.slice(0, 10)], ids];
      const results = await Promise.all(batches.map((batch) => recording.recordMany(batch)));
      expect(results.reduce((n, r) => n + r.recorded, 0)).toBe(30);
      const after = await ledgerState(h.db, ids[0]);
      const sum = ids.reduce((fen, _, i) => fen + BigInt((i + 1) * 100 + 1), 0n);
      expect(BigInt(after.aggregateFen) - BigInt(before.aggregateFen)).toBe(sum);
      expect(after.aggregateDeals - before.aggregateDeals).toBe(30);
      const states = await Promise.all(ids.map((id) => ledgerState(h.db, id)));
      expect(states.every((s) => s.status === 'recorded' && s.entries === 1)).toBe(true);
      expect(await h.moduleRef.get(LedgerIntegrityService).check()).toMatchObject({ clean: true });
    });
  });
});

import { DealIntakeService, DealRecordingService, type DealInput } from '../src/index.js';
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
  });
});

import { ListingImportService } from '@app/listings';
import { demandBody } from '../../listings/test/listings.factory.js';
import { DealCancellationService, DealIntakeService, DealRecordingService, type DealInput } from '../src/index.js';
import { ledgerState, startDeals, type DealsHarness } from './deals-harness.js';
import { dealBody, newKey, registrationNo } from './deals.factory.js';

/** Cancelling a deal: the ledger nets it out in the same transaction, once; its listings go back on the market. */
describe(DealCancellationService.name, () => {
  let h: DealsHarness;
  let cancellation: DealCancellationService;

  const registered = async (overrides: Record<string, unknown> = {}) => {
    const body = dealBody(h.buyer.organizationId, h.seller.organizationId, { registrationNo: registrationNo(2020), ...overrides });
    return (await h.moduleRef.get(DealIntakeService).accept(h.bureau, newKey(), body as DealInput)).id;
  };

  beforeAll(async () => {
    h = await startDeals('cancel');
    cancellation = h.moduleRef.get(DealCancellationService);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('cancel', () => {
    it('appends a cancel entry that takes a recorded deal out of the aggregates, and a second cancel changes nothing', async () => {
      const id = await registered({ amount: '500.00' });
      const before = await ledgerState(h.db, id);
      await h.moduleRef.get(DealRecordingService).record(id);
      const cancelled = await cancellation.cancel(h.bureau, id, '合同解除');
      expect(cancelled).toMatchObject({ id, status: 'cancelled', cancelReason: '合同解除' });
      const after = await ledgerState(h.db, id);
      expect(after).toMatchObject({ status: 'cancelled', entries: 2, ledgerFen: '0' });
      expect(after.aggregateFen).toBe(before.aggregateFen);
      expect(after.aggregateDeals).toBe(before.aggregateDeals);
      await cancellation.cancel(h.bureau, id, null);
      expect(await ledgerState(h.db, id)).toEqual(after);
    });

    it('records and cancels a registered deal whose recording job has not run, netting to zero', async () => {
      const id = await registered({ amount: '7.00' });
      const before = await ledgerState(h.db, id);
      await cancellation.cancel(h.bureau, id, null);
      const after = await ledgerState(h.db, id);
      expect(after).toMatchObject({ status: 'cancelled', entries: 2, ledgerFen: '0' });
      expect(after.aggregateFen).toBe(before.aggregateFen);
      // The recording job that comes later finds the deal cancelled.
      expect(await h.moduleRef.get(DealRecordingService).record(id)).toBe('already_done');
      expect(await ledgerState(h.db, id)).toEqual(after);
    });

    it('cancels a declared deal without touching the ledger', async () => {
      const body = dealBody(h.buyer.organizationId, h.seller.organizationId) as DealInput;
      const id = (await h.moduleRef.get(DealIntakeService).accept(h.buyer, newKey(), body)).id;
      await cancellation.cancel(h.bureau, id, null);
      expect(await ledgerState(h.db, id)).toMatchObject({ status: 'cancelled', entries: 0 });
    });

    it('puts the demand a recorded deal fulfilled back on the market', async () => {
      const { contactName: _n, contactPhone: _p, contactEmail: _e, ...demand } = demandBody({ deadline: undefined });
      const demandId = (await h.moduleRef.get(ListingImportService).publish('demand', h.buyer, demand as never, 'test')).id;
      const status = async () => (await h.db.query('SELECT status FROM demands WHERE id = $1', [demandId]))[0].status as string;
      const id = await registered({ demandId });
      await h.moduleRef.get(DealRecordingService).record(id);
      expect(await status()).toBe('fulfilled');
      await cancellation.cancel(h.bureau, id, null);
      expect(await status()).toBe('published');
    });

    it('rejects an unknown deal', async () => {
      await expect(cancellation.cancel(h.bureau, '00000000-0000-4000-8000-000000000000', null)).rejects.toMatchObject({
        code: 'DEAL_NOT_FOUND',
      });
    });
  });
});

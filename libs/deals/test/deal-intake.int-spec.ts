import { ListingImportService } from '@app/listings';
import { demandBody } from '../../listings/test/listings.factory.js';
import { DealIntakeService, type DealInput } from '../src/index.js';
import { startDeals, type DealsHarness } from './deals-harness.js';
import { dealBody, newKey, registrationNo } from './deals.factory.js';

describe(DealIntakeService.name, () => {
  let h: DealsHarness;
  let intake: DealIntakeService;
  const input = (overrides: Record<string, unknown> = {}) =>
    dealBody(h.buyer.organizationId, h.seller.organizationId, overrides) as DealInput;
  const dealRows = async () => Number((await h.db.query('SELECT count(*)::int AS n FROM deals'))[0].n);

  beforeAll(async () => {
    h = await startDeals('intake');
    intake = h.moduleRef.get(DealIntakeService);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('accept', () => {
    it('stores a party’s declaration as declared, with the seller’s region and the amount in fen', async () => {
      const deal = await intake.accept(h.buyer, newKey(), input({ amount: '1250000.01' }));
      expect(deal).toMatchObject({ status: 'declared', created: true });
      const [row] = await h.db.query('SELECT status, amount_fen, technology_amount_fen, region, year FROM deals WHERE id = $1', [deal.id]);
      expect(row).toEqual({
        status: 'declared',
        amount_fen: '125000001',
        technology_amount_fen: '125000001',
        region: '331127',
        year: 2020,
      });
    });

    it('stores a contract the bureau posts with its registration number as registered', async () => {
      const deal = await intake.accept(h.bureau, newKey(), input({ registrationNo: registrationNo(2020) }));
      expect(deal).toMatchObject({ status: 'registered', created: true });
    });

    it('answers the same deal for the same key and body, and refuses the key with another body', async () => {
      const key = newKey();
      const first = await intake.accept(h.seller, key, input());
      const before = await dealRows();
      expect(await intake.accept(h.seller, key, input())).toEqual({ ...first, created: false });
      await expect(intake.accept(h.seller, key, input({ amount: '1.00' }))).rejects.toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await dealRows()).toBe(before);
    });

    it('rejects a declaration by an organization that is neither party, writing nothing', async () => {
      const before = await dealRows();
      await expect(intake.accept(h.outsider, newKey(), input())).rejects.toMatchObject({ code: 'FORBIDDEN' });
      expect(await dealRows()).toBe(before);
    });

    it('rejects a bad amount naming the field, writing nothing', async () => {
      const before = await dealRows();
      const error = await intake.accept(h.buyer, newKey(), input({ amount: '12.345' })).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [expect.objectContaining({ field: 'amount' })] } });
      expect(await dealRows()).toBe(before);
    });
  });

  describe('accept with listing references (through the listings port)', () => {
    let demandId: string;

    beforeAll(async () => {
      const { contactName: _n, contactPhone: _p, contactEmail: _e, ...demand } = demandBody({ deadline: undefined, field: 'new_energy' });
      demandId = (await h.moduleRef.get(ListingImportService).publish('demand', h.buyer, demand as never, 'test')).id;
    });

    it('takes the field from the buyer’s referenced demand when the body gives none', async () => {
      const deal = await intake.accept(h.buyer, newKey(), input({ field: undefined, demandId }));
      expect((await h.db.query('SELECT field, demand_id FROM deals WHERE id = $1', [deal.id]))[0]).toEqual({
        field: 'new_energy',
        demand_id: demandId,
      });
    });

    it('rejects a demand that does not exist naming demandId, writing nothing', async () => {
      const before = await dealRows();
      const error = await intake
        .accept(h.buyer, newKey(), input({ demandId: '00000000-0000-4000-8000-000000000000' }))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [{ field: 'demandId', messages: ['demandId: no such demand'] }] },
      });
      expect(await dealRows()).toBe(before);
    });

    it('rejects a demand that is not the buyer’s naming demandId', async () => {
      const reversed = dealBody(h.outsider.organizationId, h.seller.organizationId, { demandId }) as DealInput;
      const error = await intake.accept(h.seller, newKey(), reversed).catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', details: { errors: [expect.objectContaining({ field: 'demandId' })] } });
    });

    it('leaves the database unable to hold a reference to a listing that does not exist', async () => {
      const [deal] = await h.db.query('SELECT id FROM deals WHERE demand_id = $1 LIMIT 1', [demandId]);
      await expect(h.db.query('UPDATE deals SET outcome_id = gen_random_uuid() WHERE id = $1', [deal.id])).rejects.toThrow(
        /fk_deals_outcome/,
      );
      await expect(h.db.query('UPDATE deals SET inquiry_id = gen_random_uuid() WHERE id = $1', [deal.id])).rejects.toThrow(
        /fk_deals_inquiry/,
      );
      await expect(h.db.query('DELETE FROM demands WHERE id = $1', [demandId])).rejects.toThrow(/fk_deals_demand/);
    });
  });
});

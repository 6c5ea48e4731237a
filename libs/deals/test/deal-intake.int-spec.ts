import { jest } from '@jest/globals';
import { ListingImportService } from '@app/listings';
import { demandBody } from '../../listings/test/listings.factory.js';
import { DealIntakeService, type DealInput } from '../src/index.js';
import { DealsRepository } from '../src/deals.repository.js';
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

  describe('the bureau’s concurrent posts, stored by one statement', () => {
    const registered = (overrides: Record<string, unknown> = {}) => input({ registrationNo: registrationNo(2020), ...overrides });
    const settle = (promises: Promise<unknown>[]) =>
      Promise.all(
        promises.map((p) =>
          p.then(
            (value) => ({ value }),
            (error: unknown) => ({ error }),
          ),
        ),
      );
    let repository: DealsRepository;

    beforeAll(() => {
      repository = h.moduleRef.get(DealsRepository, { strict: false });
    });

    afterEach(() => {
      jest.restoreAllMocks();
    });

    it('gives each post its own answer: new deals, a repeated key, a number taken within the batch, an unfit party', async () => {
      const together = jest.spyOn(repository, 'insertManyIfNew');
      const before = await dealRows();
      const [repeatKey, taken] = [newKey(), registrationNo(2020)];
      const repeated = registered();
      const bureauParty = dealBody(h.buyer.organizationId, h.bureau.organizationId, { registrationNo: registrationNo(2020) }) as DealInput;
      const answers = await settle([
        intake.accept(h.bureau, newKey(), registered({ amount: '10.00' })),
        intake.accept(h.bureau, newKey(), registered({ amount: '20.00' })),
        intake.accept(h.bureau, repeatKey, repeated),
        intake.accept(h.bureau, repeatKey, repeated),
        intake.accept(h.bureau, newKey(), registered({ registrationNo: taken })),
        intake.accept(h.bureau, newKey(), registered({ registrationNo: taken })),
        intake.accept(h.bureau, newKey(), bureauParty),
      ]);
      expect(together).toHaveBeenCalledTimes(1);
      expect(together.mock.calls[0][0]).toHaveLength(7);
      const [ten, twenty, first, again, takenA, takenB, unfit] = answers as { value?: { id: string; created: boolean }; error?: unknown }[];
      expect([ten.value?.created, twenty.value?.created]).toEqual([true, true]);
      expect(again.value?.id ?? null).toBe(first.value?.id ?? 'none');
      expect([first.value?.created, again.value?.created].sort()).toEqual([false, true]);
      expect([takenA, takenB].filter((a) => a.value?.created === true)).toHaveLength(1);
      expect([takenA, takenB].find((a) => a.error)?.error).toMatchObject({ code: 'REGISTRATION_NO_TAKEN' });
      expect(unfit.error).toMatchObject({
        code: 'VALIDATION_FAILED',
        details: { errors: [expect.objectContaining({ field: 'sellerOrgId' })] },
      });
      expect(await dealRows()).toBe(before + 4);
      const ids = [ten, twenty, first, takenA.value ? takenA : takenB].map((a) => a.value!.id);
      const rows = await h.db.query(
        `SELECT d.status, d.region, d.amount_fen, count(e.*)::int AS events FROM deals d JOIN deal_events e ON e.deal_id = d.id
          WHERE d.id = ANY($1::uuid[]) GROUP BY d.id ORDER BY d.amount_fen`,
        [ids],
      );
      expect(rows.map((r: { status: string; region: string; events: number }) => [r.status, r.region, r.events])).toEqual(
        Array.from({ length: 4 }, () => ['registered', '331127', 1]),
      );
      expect(rows.slice(0, 2).map((r: { amount_fen: string }) => r.amount_fen)).toEqual(['1000', '2000']);
    });

    it('stores each post alone, with its own answer, when the shared statement fails', async () => {
      jest.spyOn(repository, 'insertManyIfNew').mockRejectedValueOnce(new Error('deadlock detected'));
      const alone = jest.spyOn(repository, 'insertIfNew');
      const before = await dealRows();
      const key = newKey();
      const repeated = registered();
      const answers = await Promise.all([
        intake.accept(h.bureau, newKey(), registered()),
        intake.accept(h.bureau, key, repeated),
        intake.accept(h.bureau, key, repeated),
      ]);
      expect(alone).toHaveBeenCalledTimes(3);
      expect(answers.map((a) => a.status)).toEqual(['registered', 'registered', 'registered']);
      expect(answers[2].id).toBe(answers[1].id);
      expect(answers.filter((a) => a.created)).toHaveLength(2);
      expect(await dealRows()).toBe(before + 2);
    });
  });
});

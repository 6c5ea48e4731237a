import { dealDraft } from './deal-draft.js';
import { normalizeDealInput } from './deal-input.js';

describe('dealDraft', () => {
  const deal = normalizeDealInput(
    {
      buyerOrgId: '0b9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f',
      sellerOrgId: '1c9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f',
      contractType: 'license',
      amount: '1250000.50',
      technologyAmount: '1000000.00',
      signedAt: '2026-03-18',
    },
    '2026-11-27',
  );
  const caller = { userId: 'u1', organizationId: 'o1', orgType: 'bureau' as const };
  const context = { field: 'new_energy' as const, sellerRegion: '331102', caller, idempotencyKey: 'k', requestHash: 'h' };

  it('writes money as fen strings, the period from the signing date and the seller’s region', () => {
    expect(dealDraft(deal, { ...context, status: 'declared' })).toMatchObject({
      field: 'new_energy',
      amountFen: '125000050',
      technologyAmountFen: '100000000',
      year: 2026,
      month: 3,
      region: '331102',
      pricing: 'listing',
      demandId: null,
      status: 'declared',
      createdByUserId: 'u1',
      createdByOrgId: 'o1',
      idempotencyKey: 'k',
      requestHash: 'h',
    });
  });

  it('names who registered a registered deal, and nobody for a declared one', () => {
    expect(dealDraft(deal, { ...context, status: 'registered' }).registeredByUserId).toBe('u1');
    expect(dealDraft(deal, { ...context, status: 'declared' }).registeredByUserId).toBeNull();
  });
});

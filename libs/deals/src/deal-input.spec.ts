import { ValidationFailedError } from '@app/common';
import { normalizeDealInput, type DealInput } from './deal-input.js';

const base: DealInput = {
  buyerOrgId: '0b9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f',
  sellerOrgId: '1c9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f',
  contractType: 'development',
  field: 'modern_agriculture',
  amount: '1250000.50',
  signedAt: '2026-03-18',
};
const today = '2026-11-27';

function fieldsOf(input: Partial<DealInput>): string[] {
  try {
    normalizeDealInput({ ...base, ...input }, today);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationFailedError);
    return (error as ValidationFailedError).details!.errors!.map((e) => e.field);
  }
  return [];
}

describe('normalizeDealInput', () => {
  it('converts amounts to fen and defaults the technology amount to the amount', () => {
    const deal = normalizeDealInput(base, today);
    expect(deal).toMatchObject({ amountFen: 125000050n, technologyAmountFen: 125000050n, demandId: null, registrationNo: null });
  });

  it('keeps a smaller technology amount', () => {
    expect(normalizeDealInput({ ...base, technologyAmount: '0.01' }, today).technologyAmountFen).toBe(1n);
  });

  it.each([['0'], ['-5'], ['1.001'], ['abc'], ['1,000'], ['1e21'], [1e21], [100]])('rejects amount %p', (amount) =>
    expect(fieldsOf({ amount })).toEqual(['amount']),
  );

  it('rejects a technology amount above the amount', () =>
    expect(fieldsOf({ technologyAmount: '1250000.51' })).toEqual(['technologyAmount']));

  it('lists every problem at once', () =>
    expect(fieldsOf({ amount: 'x', sellerOrgId: base.buyerOrgId, signedAt: '2026-12-01', registrationNo: 'nope' })).toEqual([
      'amount',
      'sellerOrgId',
      'signedAt',
      'registrationNo',
    ]));
});

describe('normalizeDealInput: the registration-form fields', () => {
  it('defaults pricing to listing and keeps the fields given', () => {
    expect(normalizeDealInput(base, today)).toMatchObject({ pricing: 'listing', title: null, contractSubtype: null, paymentMode: null });
    const deal = normalizeDealInput(
      {
        ...base,
        pricing: 'agreement',
        title: '  杀青工艺开发合同 ',
        contractSubtype: '合作开发',
        termStart: '2026-03-18',
        termEnd: '2027-03-17',
        paymentMode: '提成支付',
      },
      today,
    );
    expect(deal).toMatchObject({
      pricing: 'agreement',
      title: '杀青工艺开发合同',
      contractSubtype: '合作开发',
      termEnd: '2027-03-17',
      paymentMode: '提成支付',
    });
  });

  it.each([
    [{ pricing: 'barter' }, 'pricing'],
    [{ contractSubtype: '专利权' }, 'contractSubtype'], // a transfer's object, not a development's
    [{ termStart: '2026-02-30' }, 'termStart'],
    [{ termStart: '2026-05-01', termEnd: '2026-04-30' }, 'termEnd'],
    [{ paymentMode: '现金' }, 'paymentMode'],
    [{ title: '长'.repeat(201) }, 'title'],
  ] as [Partial<DealInput>, string][])('rejects %p naming %s', (input, field) => expect(fieldsOf(input)).toEqual([field]));
});

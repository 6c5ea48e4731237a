import { checkSignedAt, isLargeContract, needsNotice, normalizeRegistrationNo, requestHash, todayInChina } from './deal-rules.js';

describe('checkSignedAt', () => {
  const today = '2026-11-27';
  it.each([
    ['2026-11-27', null],
    ['1999-12-31', null],
    ['2024-02-29', null],
    ['2026-11-28', 'future'],
    ['2025-02-29', 'not_a_date'],
    ['2026-13-01', 'not_a_date'],
    ['1989-12-31', 'too_early'],
    ['2026/11/01', 'format'],
    ['20261101', 'format'],
    ['', 'format'],
  ])('%s → %s', (value, problem) => expect(checkSignedAt(value, today)).toBe(problem));
});

describe('todayInChina', () => {
  it('is a day ahead of UTC from 16:00 UTC on', () => {
    expect(todayInChina(new Date('2026-12-31T15:59:59Z'))).toBe('2026-12-31');
    expect(todayInChina(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});

describe('normalizeRegistrationNo', () => {
  const today = '2026-11-27';
  it.each([
    ['2026331127000123AB', '2026331127000123AB'],
    ['2019 3311 27 0000001234', '20193311270000001234'],
    ['2021-440300-00012345', '202144030000012345'],
    ['2026331127000123ab', '2026331127000123AB'],
  ])('accepts %s as %s', (input, expected) => expect(normalizeRegistrationNo(input, today)).toBe(expected));

  it.each([
    ['ABC-123', 'garbage'],
    ['2026331127000123', 'serial too short'],
    ['20263311270001234567X', 'serial too long'],
    ['2027331127000123AB', 'registered next year'],
    ['1989331127000123AB', 'before 1990'],
    ['2026991127000123AB', 'no such province'],
    ['2026331127000_23AB', 'punctuation'],
  ])('rejects %s (%s)', (input) => expect(normalizeRegistrationNo(input, today)).toBeNull());
});

describe('requestHash', () => {
  it('ignores key order and treats undefined as null', () => {
    expect(requestHash({ a: 1, b: undefined })).toBe(requestHash({ b: null, a: 1 }));
  });
  it('differs when a value differs', () => {
    expect(requestHash({ amountFen: '100' })).not.toBe(requestHash({ amountFen: '101' }));
  });
});

describe('isLargeContract', () => {
  it('flags amounts at or above the threshold, exactly in fen', () => {
    expect(isLargeContract('500000000', 500000000n)).toBe(true);
    expect(isLargeContract('499999999', 500000000n)).toBe(false);
    expect(isLargeContract(900000000000n, 500000000n)).toBe(true);
  });
});

describe('needsNotice', () => {
  it('asks for a public notice only when an institution sells at an agreed price', () => {
    expect(needsNotice('institution', 'agreement')).toBe(true);
    expect(needsNotice('institution', 'listing')).toBe(false);
    expect(needsNotice('enterprise', 'agreement')).toBe(false);
  });
});

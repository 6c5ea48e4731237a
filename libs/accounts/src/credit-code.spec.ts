import { creditCodeCheckChar, isValidCreditCode } from './credit-code.js';
import { isValidRegionCode } from './region.js';
import { passwordProblems } from './password-policy.js';

describe('isValidCreditCode', () => {
  it.each(['91350100M000100Y43', '11331127MB1234567Y', '91331127MA28QL001B', '12331127MB0000002A'])('accepts %s', (code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts lower case and surrounding spaces', () => {
    expect(isValidCreditCode(' 91331127ma28ql001b ')).toBe(true);
  });

  it.each([
    ['a wrong check character', '91350100M000100Y44'],
    ['a letter outside the alphabet (I)', '91350100M000100I43'],
    ['17 characters', '91350100M000100Y4'],
    ['19 characters', '91350100M000100Y433'],
    ['a non-numeric division code', '91A50100M000100Y43'],
    ['an empty string', ''],
  ])('rejects %s', (_label, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it('computes the check character of GB 32100 over the first 17 characters', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
  });
});

describe('isValidRegionCode', () => {
  it.each(['331127', '110101', '820000'])('accepts %s', (code) => expect(isValidRegionCode(code)).toBe(true));
  it.each(['991127', '33112', '3311270', 'abcdef', '001127'])('rejects %s', (code) => expect(isValidRegionCode(code)).toBe(false));
});

describe('passwordProblems', () => {
  it('accepts a long mixed password', () => expect(passwordProblems('Tea2026harvest')).toEqual([]));
  it('accepts Chinese letters with digits', () => expect(passwordProblems('青岚云雾茶2026年春茶')).toEqual([]));
  it('rejects a short one', () => expect(passwordProblems('ab12')).toHaveLength(1));
  it('rejects one containing the email name', () =>
    expect(passwordProblems('zhangwei2026', 'zhangwei@example.cn')).toContain('password must not contain the email name'));
});

import { randomBytes, randomInt } from 'node:crypto';
import { creditCodeCheckChar } from '../src/credit-code.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
let sequence = 0;

/** A valid, unique unified social credit code (checksummed; region 331127). */
export function makeCreditCode(prefix = '91'): string {
  const serial = Array.from({ length: 9 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  const first17 = `${prefix}331127${serial}`;
  return first17 + creditCodeCheckChar(first17);
}

export function uniqueEmail(tag = 'user'): string {
  sequence += 1;
  return `${tag}.${Date.now().toString(36)}${sequence}${randomBytes(2).toString('hex')}@example.cn`;
}

export const GOOD_PASSWORD = 'Tea2026harvest';

export function registerBody(
  overrides: { type?: 'enterprise' | 'institution'; email?: string; password?: string; org?: Record<string, unknown> } = {},
) {
  const type = overrides.type ?? 'enterprise';
  return {
    email: overrides.email ?? uniqueEmail(type),
    password: overrides.password ?? GOOD_PASSWORD,
    displayName: type === 'enterprise' ? '陈志远' : '周明',
    org: {
      name: type === 'enterprise' ? '青岚云雾茶业有限公司' : '东瓯理工大学',
      type,
      creditCode: makeCreditCode(type === 'enterprise' ? '91' : '12'),
      region: '331127',
      ...overrides.org,
    },
  };
}

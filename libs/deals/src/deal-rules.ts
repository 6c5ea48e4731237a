/**
 * Pure rules for deal input: signing dates, registration numbers, idempotency keys and the
 * canonical request hash. Kept free of Nest and TypeORM so that they are unit-tested alone.
 */
import { createHash } from 'node:crypto';
import { isValidRegionCode } from '@app/accounts';

/** The earliest signing date accepted: historical contracts back to 1990 may be imported. */
export const EARLIEST_SIGNED_AT = '1990-01-01';

/** Today's date in China (UTC+8), where the contracts are signed. */
export function todayInChina(now: Date = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
}

export type SignedAtProblem = 'format' | 'not_a_date' | 'too_early' | 'future';

/** `YYYY-MM-DD`, a real calendar date, from 1990 up to today (China time). */
export function checkSignedAt(value: string, today = todayInChina()): SignedAtProblem | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'format';
  const date = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) return 'not_a_date';
  if (value < EARLIEST_SIGNED_AT) return 'too_early';
  if (value > today) return 'future';
  return null;
}

export function signedAtMessage(problem: SignedAtProblem): string {
  switch (problem) {
    case 'format':
      return 'signedAt must be a date written YYYY-MM-DD';
    case 'not_a_date':
      return 'signedAt is not a calendar date';
    case 'too_early':
      return `signedAt must not be before ${EARLIEST_SIGNED_AT}`;
    case 'future':
      return 'signedAt must not be in the future (签订日期不能晚于今天)';
  }
}

/**
 * Technology contract registration number (技术合同登记号): the registration year (4 digits),
 * the registering office's 6-digit administrative division code, then a serial of 8–10 digits
 * or capital letters — 18 to 20 characters, e.g. `2026331127000123AB`. Spaces and hyphens are
 * dropped and letters upper-cased before checking.
 */
export const REGISTRATION_NO_PATTERN = /^((?:19|20)\d{2})(\d{6})([0-9A-Z]{8,10})$/;

export function normalizeRegistrationNo(input: string, today = todayInChina()): string | null {
  const compact = input.replace(/[\s-]/g, '').toUpperCase();
  const match = REGISTRATION_NO_PATTERN.exec(compact);
  if (!match) return null;
  const year = Number(match[1]);
  if (year < 1990 || year > Number(today.slice(0, 4))) return null;
  return isValidRegionCode(match[2]) ? compact : null;
}

/** Client-chosen key: 1–128 visible ASCII characters (a UUID is typical). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{1,128}$/;

/** SHA-256 of the JSON of the normalized input with its keys sorted: equal bodies, equal hashes. */
export function requestHash(input: Record<string, unknown>): string {
  const canonical = JSON.stringify(
    Object.keys(input)
      .sort()
      .map((key) => [key, input[key] ?? null]),
  );
  return createHash('sha256').update(canonical).digest('hex');
}

export { CONTRACT_SUBTYPES } from './deal-terms.js';

/** A deal at or above the threshold (fen) is a large contract (重大技术合同), flagged for expert review. */
export const isLargeContract = (amountFen: string | bigint, thresholdFen: bigint): boolean => BigInt(amountFen) >= thresholdFen;

/** When a confirmed deal must first run a public notice (公示): an institution sells at a price agreed between the parties. */
export const needsNotice = (sellerType: string, pricing: string): boolean => sellerType === 'institution' && pricing === 'agreement';

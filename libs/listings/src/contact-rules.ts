/**
 * Checks on the contact and date fields of listings that are not generic enough for
 * class-validator: mainland phone numbers and deadlines in China's calendar.
 */
import { todayInChina } from '@app/common';

const MOBILE = /^(?:\+?86)?1[3-9]\d{9}$/;
const LANDLINE = /^0\d{2,3}-?\d{7,8}(?:-\d{1,6})?$/;

/** A mainland mobile (optionally +86) or landline (area code, number, optional extension). */
export function normalizeMainlandPhone(input: string): string | null {
  const compact = input.replace(/[\s\u3000]/g, '');
  if (MOBILE.test(compact)) return compact.replace(/^\+?86/, '');
  if (LANDLINE.test(compact)) return compact;
  return null;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isCalendarDate(input: string): boolean {
  const match = ISO_DATE.exec(input);
  if (!match) return false;
  const date = new Date(`${input}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === input;
}

/** A deadline may be today or later (China time), and not absurdly far away. */
export function deadlineProblem(input: string, now: Date = new Date()): string | null {
  if (!isCalendarDate(input)) return 'deadline must be a date written YYYY-MM-DD';
  const today = todayInChina(now);
  if (input < today) return `deadline must not be in the past (today is ${today})`;
  const limit = `${Number(today.slice(0, 4)) + 10}${today.slice(4)}`;
  if (input > limit) return 'deadline must be within ten years';
  return null;
}

/**
 * Client-side rules that mirror the server's: the same pure modules where they exist
 * (credit-code checksum, region structure, money pattern), the same limits elsewhere. Each
 * returns an i18n key (with parameters) or null.
 */
import {
  deadlineProblem,
  IP_TYPES,
  isValidCreditCode,
  isValidRegionCode,
  MAX_FEN,
  MONEY_PATTERN,
  normalizeCreditCode,
  normalizeMainlandPhone,
  normalizePatentNumber,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  todayInChina,
} from '@app/rules';

export type Problem = { key: string; params?: Record<string, unknown> } | null;

export { IP_TYPES, normalizeCreditCode, todayInChina };

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function requiredText(value: string | undefined | null, max?: number): Problem {
  if (!value || !value.trim()) return { key: 'v.required' };
  if (max !== undefined && value.length > max) return { key: 'v.maxLength', params: { max } };
  return null;
}

export function optionalText(value: string | undefined | null, max: number): Problem {
  return value && value.length > max ? { key: 'v.maxLength', params: { max } } : null;
}

export function email(value: string | undefined | null): Problem {
  if (!value || !value.trim()) return { key: 'v.required' };
  return EMAIL_PATTERN.test(value.trim()) && value.length <= 254 ? null : { key: 'v.email' };
}

export function optionalEmail(value: string | undefined | null): Problem {
  return !value ? null : email(value);
}

export function password(value: string | undefined | null, mail?: string): Problem {
  if (!value) return { key: 'v.required' };
  if (value.length < PASSWORD_MIN_LENGTH) return { key: 'v.passwordShort', params: { min: PASSWORD_MIN_LENGTH } };
  if (value.length > PASSWORD_MAX_LENGTH) return { key: 'v.maxLength', params: { max: PASSWORD_MAX_LENGTH } };
  if (!/\p{L}/u.test(value) || !/\p{N}/u.test(value)) return { key: 'v.passwordMix' };
  const local = mail?.split('@')[0]?.toLowerCase();
  if (local && local.length >= 4 && value.toLowerCase().includes(local)) return { key: 'v.passwordEmail' };
  return null;
}

export function creditCode(value: string | undefined | null): Problem {
  if (!value || !value.trim()) return { key: 'v.required' };
  const code = normalizeCreditCode(value);
  if (code.length !== 18) return { key: 'v.creditCodeLength' };
  if (!/^[0-9A-HJ-NPQRTUWXY]{18}$/.test(code)) return { key: 'v.creditCodeChars' };
  return isValidCreditCode(code) ? null : { key: 'v.creditCodeChecksum' };
}

export function region(value: string | undefined | null): Problem {
  if (!value) return { key: 'v.required' };
  return isValidRegionCode(value) ? null : { key: 'v.region' };
}

/** Amount in yuan, optional: empty means 面议. */
export function amount(value: string | undefined | null, options: { required?: boolean } = {}): Problem {
  if (!value) return options.required ? { key: 'v.required' } : null;
  if (!MONEY_PATTERN.test(value)) return { key: 'v.money' };
  const [whole, frac = ''] = value.split('.');
  const fen = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  if (fen === 0n) return { key: 'v.moneyZero' };
  if (fen > MAX_FEN) return { key: 'v.moneyTooLarge' };
  return null;
}

/** Mainland mobile (optionally +86) or landline with area code: the server's own check. */
export function phone(value: string | undefined | null): Problem {
  if (!value) return null;
  return normalizeMainlandPhone(value) ? null : { key: 'v.phone' };
}

export function textLength(value: string | undefined | null, min: number, max: number): Problem {
  const v = (value ?? '').trim();
  if (!v) return { key: 'v.required' };
  if (v.length < min) return { key: 'v.minLength', params: { min } };
  if (v.length > max) return { key: 'v.maxLength', params: { max } };
  return null;
}

/** Chinese patent application number (since 2003) with its check character; CN/ZL prefix allowed: the server's own check. */
export function patentNumber(value: string): Problem {
  if (normalizePatentNumber(value)) return null;
  const shaped = /^(?:CN|ZL)?(\d{4})([12389])(\d{7})\.?([\dX])$/.exec(value.toUpperCase().replace(/[\s\u3000]/g, ''));
  const plausibleYear = shaped && Number(shaped[1]) >= 2003 && Number(shaped[1]) <= new Date().getUTCFullYear();
  return { key: plausibleYear ? 'v.patentChecksum' : 'v.patentFormat', params: { value } };
}

export function nonEmptyList(value: unknown[] | undefined | null): Problem {
  return value && value.length > 0 ? null : { key: 'v.chooseOne' };
}

export const KEYWORDS_MAX = 10;
export const KEYWORD_MAX_LENGTH = 20;

export function keywords(value: string[] | undefined | null): Problem {
  if (!value || value.length === 0) return { key: 'v.keywordsRequired' };
  if (value.length > KEYWORDS_MAX) return { key: 'v.keywordsTooMany', params: { max: KEYWORDS_MAX } };
  if (value.some((k) => !k.trim() || k.trim().length > KEYWORD_MAX_LENGTH))
    return { key: 'v.keywordTooLong', params: { max: KEYWORD_MAX_LENGTH } };
  if (new Set(value.map((k) => k.trim())).size !== value.length) return { key: 'v.keywordsRepeat' };
  return null;
}

export function patentNumbers(value: string[] | undefined | null): Problem {
  if (!value || value.length === 0) return null;
  if (value.length > 20) return { key: 'v.patentsTooMany', params: { max: 20 } };
  for (const v of value) {
    const p = patentNumber(v);
    if (p) return p;
  }
  return null;
}

export function futureDate(value: string | undefined | null): Problem {
  if (!value) return null;
  const problem = deadlineProblem(value);
  if (!problem) return null;
  return { key: /past/.test(problem) ? 'v.dateInPast' : /ten years/.test(problem) ? 'v.dateTooFar' : 'v.required' };
}

export function pastOrToday(value: string | undefined | null): Problem {
  if (!value) return { key: 'v.required' };
  return value <= todayInChina() ? null : { key: 'v.dateInFuture' };
}

/** 技术合同登记号: year, a 6-digit division code, a serial of 8–10 digits or capitals (spaces and hyphens ignored). */
export function registrationNo(value: string | undefined | null): Problem {
  if (!value || !value.trim()) return null;
  const m = /^((?:19|20)\d{2})(\d{6})([0-9A-Z]{8,10})$/.exec(value.replace(/[\s-]/g, '').toUpperCase());
  if (!m || Number(m[1]) < 1990 || Number(m[1]) > Number(todayInChina().slice(0, 4)) || !isValidRegionCode(m[2]))
    return { key: 'v.registrationNo' };
  return null;
}

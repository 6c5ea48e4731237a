/**
 * Chinese patent application numbers (since 2003): 4-digit year, 1 type digit (1 invention,
 * 2 utility model, 3 design, 8/9 PCT national phase), 7-digit serial, `.` and a check
 * character: digits × weights cycling 2..9, sum mod 11, 10 written `X`. `CN`/`ZL` prefixes,
 * spaces and a missing dot are accepted; the normal form is `201310699744.2`.
 */
const SHAPE = /^(?:CN|ZL)?(\d{4})([12389])(\d{7})\.?([0-9X])$/;
const FIRST_YEAR = 2003;

export function patentCheckChar(twelveDigits: string): string {
  let sum = 0;
  for (let i = 0; i < twelveDigits.length; i++) sum += Number(twelveDigits[i]) * (2 + (i % 8));
  const check = sum % 11;
  return check === 10 ? 'X' : String(check);
}

/** The normal form, or null when the input is not a valid application number. */
export function normalizePatentNumber(input: string, now: Date = new Date()): string | null {
  const compact = input.toUpperCase().replace(/[\s\u3000]/g, '');
  const match = SHAPE.exec(compact);
  if (!match) return null;
  const [, year, type, serial, check] = match;
  if (Number(year) < FIRST_YEAR || Number(year) > now.getUTCFullYear()) return null;
  const digits = `${year}${type}${serial}`;
  return patentCheckChar(digits) === check ? `${digits}.${check}` : null;
}

/**
 * Money is exact: decimal strings in yuan with at most two fractional digits travel in JSON,
 * integer fen (bigint) is what code computes with and PostgreSQL stores. Never floats.
 */
export const MONEY_PATTERN = /^(0|[1-9]\d{0,13})(\.\d{1,2})?$/;

/** 10^14 fen = 1 万亿元: far above any technology contract, far below 2^63. */
export const MAX_FEN = 100_000_000_000_000n;

export type MoneyProblem = 'not_a_string' | 'format' | 'zero' | 'too_large';

/** Parses "1250000.50" → 125000050n. Returns a problem code instead of throwing. */
export function parseYuan(value: unknown, options: { allowZero?: boolean } = {}): { fen: bigint } | { problem: MoneyProblem } {
  if (typeof value !== 'string') return { problem: 'not_a_string' };
  if (!MONEY_PATTERN.test(value)) return { problem: 'format' };
  const [whole, frac = ''] = value.split('.');
  const fen = BigInt(whole) * 100n + BigInt((frac + '00').slice(0, 2));
  if (fen === 0n && !options.allowZero) return { problem: 'zero' };
  if (fen > MAX_FEN) return { problem: 'too_large' };
  return { fen };
}

export function moneyProblemMessage(field: string, problem: MoneyProblem): string {
  switch (problem) {
    case 'not_a_string':
      return `${field} must be a decimal string in yuan, e.g. "1250000.00"`;
    case 'format':
      return `${field} must be a non-negative amount in yuan with at most two decimals, e.g. "1250000.00" (no signs, commas or exponents)`;
    case 'zero':
      return `${field} must be greater than zero`;
    case 'too_large':
      return `${field} must not exceed 1000000000000.00`;
  }
}

/** 125000050n → "1250000.50". Accepts bigint, or the string PostgreSQL returns for bigint/numeric fen. */
export function formatFen(fen: bigint | string | number): string {
  const value = typeof fen === 'bigint' ? fen : BigInt(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = abs / 100n;
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${yuan}.${cents}`;
}

/** Fen as a JS number for search-index range filters only (exact below 2^53 fen). */
export function fenToIndexNumber(fen: bigint | null): number | null {
  return fen === null ? null : Number(fen);
}

/** 125000050n → "1,250,000.50": for sentences people read (exports and JSON keep formatFen). */
export function formatFenGrouped(fen: bigint | string | number): string {
  const [whole, cents] = formatFen(fen).split('.');
  return `${whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}.${cents}`;
}

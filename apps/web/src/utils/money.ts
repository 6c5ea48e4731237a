/**
 * Display of exact amounts. The api sends decimal strings in yuan; every transformation here is
 * string or BigInt arithmetic, never floating point.
 */
import { MONEY_PATTERN } from '@app/rules';

export { MONEY_PATTERN };

/** "1250000.5" → 125000050n; undefined when the text is not an amount. */
export function toFen(yuan: string | null | undefined): bigint | undefined {
  if (yuan === null || yuan === undefined) return undefined;
  const m = /^(-)?(\d+)(?:\.(\d{1,2}))?$/.exec(String(yuan).trim());
  if (!m) return undefined;
  const fen = BigInt(m[2]) * 100n + BigInt(((m[3] ?? '') + '00').slice(0, 2));
  return m[1] ? -fen : fen;
}

function group(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 125000050n → "1,250,000.50". */
export function formatFenGrouped(fen: bigint): string {
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  return `${negative ? '-' : ''}${group((abs / 100n).toString())}.${(abs % 100n).toString().padStart(2, '0')}`;
}

/** "1250000.00" → "1,250,000.00"; null → null so callers can say 面议. */
export function formatYuan(yuan: string | null | undefined): string | null {
  const fen = toFen(yuan);
  return fen === undefined ? null : formatFenGrouped(fen);
}

/** "1250000.00" → "125.00" (万元, rounded half up to two decimals). */
export function formatWan(yuan: string | null | undefined): string | null {
  const fen = toFen(yuan);
  if (fen === undefined) return null;
  const negative = fen < 0n;
  const abs = negative ? -fen : fen;
  const hundredths = (abs + 5000n) / 10000n; // 1 万元 = 1,000,000 fen; keep 2 decimals
  return `${negative ? '-' : ''}${group((hundredths / 100n).toString())}.${(hundredths % 100n).toString().padStart(2, '0')}`;
}

/** For chart geometry only (labels and tooltips use the exact strings): 万元 as a number. */
export function wanForChart(yuan: string | null | undefined): number {
  const fen = toFen(yuan) ?? 0n;
  return Number(fen / 100n) / 10000;
}

/** progress as a percentage string with one decimal, from exact amounts: actual / target. */
export function percentOf(actual: string | null | undefined, target: string | null | undefined): string | null {
  const a = toFen(actual);
  const t = toFen(target);
  if (a === undefined || t === undefined || t === 0n) return null;
  const tenths = (a * 1000n + t / 2n) / t;
  return `${tenths / 10n}.${(tenths < 0n ? -tenths : tenths) % 10n}`;
}

export function subtractYuan(a: string | null | undefined, b: string | null | undefined): bigint {
  return (toFen(a) ?? 0n) - (toFen(b) ?? 0n);
}

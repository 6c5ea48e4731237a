/**
 * Pure parts of price guidance: exact quartiles of amounts in fen (bigint, no floats), and the
 * rounding that keeps a published figure from being any one contract's amount.
 */

/** Fewest recorded deals behind a range: below it only the count is told. */
export const MIN_DEALS_FOR_RANGE = 5;

/** Zero-based positions, in ascending order, that the p-quantile (linear interpolation, as percentile_cont) reads. */
export function quantilePositions(n: number, p: number): { lower: number; upper: number; weightPermille: bigint } {
  // Position (n − 1)·p, in thousandths so that the interpolation stays in integers.
  const scaled = BigInt(n - 1) * BigInt(Math.round(p * 1000));
  const lower = Number(scaled / 1000n);
  return { lower, upper: Math.min(lower + 1, n - 1), weightPermille: scaled % 1000n };
}

/** The p-quantile of n sorted amounts, read through `valueAt(position)`, rounded to whole fen (half up). */
export function quantileAt(valueAt: (position: number) => bigint, n: number, p: number): bigint {
  if (n === 0) throw new RangeError('no amounts');
  const { lower, upper, weightPermille } = quantilePositions(n, p);
  const a = valueAt(lower);
  const b = valueAt(upper);
  return a + ((b - a) * weightPermille + 500n) / 1000n;
}

/** The p-quantile of sorted amounts. */
export function quantile(sorted: readonly bigint[], p: number): bigint {
  return quantileAt((i) => sorted[i], sorted.length, p);
}

/**
 * Rounds an amount in fen to three significant figures of yuan (1,234,567.89 → 1,230,000.00;
 * 84,321.00 → 84,300.00; under 1,000 yuan to whole yuan): a range reads as guidance, and a
 * quartile that falls on one contract does not give that contract's amount away.
 */
export function roundForGuidance(fen: bigint): bigint {
  const yuan = (fen + 50n) / 100n;
  if (yuan < 1000n) return yuan * 100n;
  let step = 1n;
  while (yuan / step >= 1000n) step *= 10n;
  return ((yuan + step / 2n) / step) * step * 100n;
}

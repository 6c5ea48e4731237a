import { quantile, quantilePositions, roundForGuidance } from './price-guidance.js';

describe('price guidance arithmetic', () => {
  it('interpolates quartiles exactly as percentile_cont does, in integers', () => {
    const fen = [100n, 200n, 300n, 400n, 1000n];
    expect(quantile(fen, 0.5)).toBe(300n);
    expect(quantile(fen, 0.25)).toBe(200n);
    expect(quantile(fen, 0.75)).toBe(400n);
    // Six values: position 1.25 for p25, 2.5 for the median.
    const six = [10n, 20n, 30n, 40n, 50n, 60n];
    expect(quantile(six, 0.25)).toBe(23n); // 20 + 0.25·10 = 22.5 → 23 (half up)
    expect(quantile(six, 0.5)).toBe(35n);
    expect(quantilePositions(6, 0.75)).toEqual({ lower: 3, upper: 4, weightPermille: 750n });
  });

  it('stays exact beyond the 2^53 a float could hold', () => {
    const big = [9_007_199_254_740_993n, 9_007_199_254_740_995n];
    expect(quantile(big, 0.5)).toBe(9_007_199_254_740_994n);
  });

  it('rounds to three significant figures of yuan', () => {
    expect(roundForGuidance(123_456_789n)).toBe(123_000_000n); // 1,234,567.89 → 1,230,000.00
    expect(roundForGuidance(8_432_100n)).toBe(8_430_000n); // 84,321.00 → 84,300.00
    expect(roundForGuidance(99_950_000n)).toBe(100_000_000n); // 999,500 → 1,000,000
    expect(roundForGuidance(45_678n)).toBe(45_700n); // 456.78 → 457.00
  });
});

import { ndcgAt, reciprocalRank, recallAt, summarize } from './metrics.js';

const grades = new Map([
  ['a', 2],
  ['b', 1],
]);

describe('ndcgAt', () => {
  it('is 1 for the ideal order', () => {
    expect(ndcgAt(10, ['a', 'b', 'x'], grades)).toBeCloseTo(1, 10);
  });
  it('is lower when the better item comes second', () => {
    const swapped = ndcgAt(10, ['b', 'a'], grades);
    expect(swapped).toBeLessThan(1);
    // (1/1 + 3/log2(3)) / (3/1 + 1/log2(3))
    expect(swapped).toBeCloseTo((1 + 3 / Math.log2(3)) / (3 + 1 / Math.log2(3)), 10);
  });
  it('ignores results past k and is 0 without relevant items', () => {
    expect(ndcgAt(1, ['x', 'a'], grades)).toBe(0);
    expect(ndcgAt(10, ['a'], new Map())).toBe(0);
  });
});

describe('reciprocalRank', () => {
  it('is 1/rank of the first relevant result', () => {
    expect(reciprocalRank(['x', 'y', 'b'], grades)).toBeCloseTo(1 / 3, 10);
    expect(reciprocalRank(['x'], grades)).toBe(0);
  });
  it('respects the minimum grade', () => {
    expect(reciprocalRank(['b', 'a'], grades, 2)).toBe(0.5);
  });
});

describe('recallAt', () => {
  it('counts relevant items in the first k', () => {
    expect(recallAt(10, ['a', 'x'], grades)).toBe(0.5);
    expect(recallAt(1, ['x', 'a', 'b'], grades)).toBe(0);
  });
});

describe('summarize', () => {
  it('averages over queries', () => {
    const m = summarize([
      { ranked: ['a', 'b'], grades },
      { ranked: ['x'], grades },
    ]);
    expect(m).toEqual({ ndcg10: 0.5, mrr: 0.5, recall10: 0.5, queries: 2 });
  });
});

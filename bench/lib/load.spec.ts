import { percentile, throughput } from './load.js';

describe('throughput', () => {
  it('counts requests over the window they were in flight, not over whole seconds', () => {
    // 200 requests one after another, 6 ms each: 1.2 s of work.
    const timings = Array.from({ length: 200 }, (_, i) => ({ start: 1000 + i * 6, end: 1000 + (i + 1) * 6 }));
    expect(throughput(timings)).toBeCloseTo(200 / 1.2, 6);
  });

  it('spans concurrent requests from the first start to the last end', () => {
    const timings = [
      { start: 0, end: 400 },
      { start: 100, end: 300 },
      { start: 200, end: 500 },
      { start: 250, end: 260 },
    ];
    expect(throughput(timings)).toBeCloseTo(4 / 0.5, 6);
  });

  it('has no figure without requests', () => {
    expect(throughput([])).toBeNaN();
  });
});

describe('percentile', () => {
  it('takes the sample at the rank of the percentile', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(51);
    expect(percentile(sorted, 99)).toBe(100);
    expect(percentile([], 50)).toBeNaN();
  });
});

/** Wall-time figures for the evaluation (benchmarks only; tests never assert on time). */
/** Wall time of one call (a match or a baseline search), milliseconds. */
export interface Latency {
  p50Ms: number;
  p95Ms: number;
}

export function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => (sorted.length === 0 ? 0 : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]));
  return { p50Ms: at(0.5), p95Ms: at(0.95) };
}

export async function timed<R>(samples: number[], fn: () => Promise<R>): Promise<R> {
  const started = performance.now();
  const result = await fn();
  samples.push(performance.now() - started);
  return result;
}

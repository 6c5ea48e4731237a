import { performance } from 'node:perf_hooks';
import { percentile, throughput, type Timing } from './load.js';

export interface TransportFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  /** CPU time of this process (user + system) per request, ms: what the client side of a transport costs. */
  cpuMsPerRequest: number;
}

/**
 * Sends `amount` requests through `send`, `connections` at a time, from this process: the
 * client side of the api's path to Meilisearch, without the api around it.
 */
export async function drive(send: (i: number) => Promise<unknown>, connections: number, amount: number): Promise<TransportFigures> {
  for (let i = 0; i < Math.min(amount, 50); i++) await send(i); // connections opened, code warm
  const timings: Timing[] = [];
  let next = 0;
  const cpu = process.cpuUsage();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < amount) {
        const i = next++;
        const start = performance.now();
        await send(i);
        timings.push({ start, end: performance.now() });
      }
    }),
  );
  const used = process.cpuUsage(cpu);
  const latencies = timings.map((t) => t.end - t.start).sort((a, b) => a - b);
  const round = (n: number, places = 2) => Math.round(n * 10 ** places) / 10 ** places;
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    rps: round(throughput(timings)),
    cpuMsPerRequest: round((used.user + used.system) / 1000 / amount, 3),
  };
}

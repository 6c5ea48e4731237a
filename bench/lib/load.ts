import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

/** One request as the load generator saw it: sent at `start`, answered at `end` (ms, same clock). */
export interface Timing {
  start: number;
  end: number;
}

/**
 * Requests per second over the window in which requests were in flight: from the first request
 * sent to the last answer. autocannon resolves only at its next one-second sample once `amount`
 * requests are done, so timing its promise rounds every run up to whole seconds (200 requests
 * finished in 1.2 s read as 200 / 2.01 s = 99.4/s whatever the server did).
 */
export function throughput(timings: Timing[]): number {
  if (timings.length === 0) return NaN;
  let first = Infinity;
  let last = -Infinity;
  for (const t of timings) {
    if (t.start < first) first = t.start;
    if (t.end > last) last = t.end;
  }
  return last > first ? timings.length / ((last - first) / 1000) : NaN;
}

/** Exact percentiles of the latencies (ms). */
export function percentile(sortedLatencies: number[], p: number): number {
  return sortedLatencies[Math.min(sortedLatencies.length - 1, Math.floor((p / 100) * sortedLatencies.length))] ?? NaN;
}

/**
 * Drives a server with autocannon for a fixed number of requests at a given concurrency,
 * rotating through the given paths (and bodies). Latency is taken per request (each
 * connection sends one request at a time), so p50/p95/p99 are exact percentiles in ms, and
 * throughput is counted over the requests' own window (see `throughput`).
 */
export async function load(options: {
  url: string;
  paths: string[];
  connections: number;
  amount: number;
  headers?: Record<string, string>;
  method?: 'GET' | 'POST';
  bodies?: string[];
}): Promise<LoadFigures> {
  let i = 0;
  const timings: Timing[] = [];
  let failures = 0;
  const result = await autocannon({
    url: options.url,
    connections: options.connections,
    amount: options.amount,
    pipelining: 1,
    headers: { 'content-type': 'application/json', ...options.headers },
    requests: [
      {
        method: options.method ?? 'GET',
        setupRequest: (req, context) => {
          const n = i++;
          (context as { start?: number }).start = performance.now();
          return {
            ...req,
            path: options.paths[n % options.paths.length],
            ...(options.bodies ? { body: options.bodies[n % options.bodies.length] } : {}),
          };
        },
        onResponse: (status, _body, context) => {
          const end = performance.now();
          timings.push({ start: (context as { start?: number }).start ?? end, end });
          if (status >= 400) failures += 1;
        },
      },
    ],
  });
  const latencies = timings.map((t) => t.end - t.start).sort((a, b) => a - b);
  return {
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    rps: round(throughput(timings)),
    errors: result.errors + failures,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

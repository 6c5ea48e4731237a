import { performance } from 'node:perf_hooks';
import autocannon from 'autocannon';

export interface LoadFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  errors: number;
}

/**
 * Drives a server with autocannon for a fixed number of requests at a given concurrency,
 * rotating through the given paths (and bodies). Latency is taken per request (each
 * connection sends one request at a time), so p50/p95/p99 are exact percentiles in ms.
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
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
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
          latencies.push(performance.now() - ((context as { start?: number }).start ?? performance.now()));
          if (status >= 400) failures += 1;
        },
      },
    ],
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
  return {
    p50: round(pct(50)),
    p95: round(pct(95)),
    p99: round(pct(99)),
    rps: round(latencies.length / seconds),
    errors: result.errors + failures,
  };
}

const round = (n: number) => Math.round(n * 100) / 100;

import type { IncomingMessage, ServerResponse } from 'node:http';
import { Histogram } from 'prom-client';
import { METRICS_PREFIX, type MetricsRegistry } from './metrics-registry.js';

/** Up to a minute: exports and imports are slow on purpose, searches should be well under 0.1 s. */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60];

type Request = IncomingMessage & { route?: { path?: string }; baseUrl?: string; originalUrl?: string };

/**
 * The route a request was answered by, as its pattern (`/api/v1/demands/:id`), never its
 * concrete URL: one series per route and status, however many ids are asked for.
 */
export function routeLabel(req: Request): string {
  // Nest answers unknown routes from a catch-all (`*path`) route of its own.
  if (req.route?.path && !req.route.path.includes('*')) return `${req.baseUrl ?? ''}${req.route.path}`;
  // Routers mounted under a prefix rewrite req.url while they handle it; originalUrl stays whole.
  const path = (req.originalUrl ?? req.url ?? '/').split('?')[0];
  return path === '/api' || path.startsWith('/api/') ? 'unmatched' : 'web';
}

/** An Express middleware recording each request's duration by method, route and status. */
export function httpMetricsMiddleware(metrics: MetricsRegistry) {
  const histogram = new Histogram({
    name: `${METRICS_PREFIX}http_request_duration_seconds`,
    help: 'Time from a request arriving to its response being sent, by method, route pattern and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: BUCKETS,
    registers: [metrics.registry],
  });
  return (req: Request, res: ServerResponse, next: () => void) => {
    const started = process.hrtime.bigint();
    res.once('finish', () => {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      histogram.observe({ method: req.method ?? 'GET', route: routeLabel(req), status: String(res.statusCode) }, seconds);
    });
    next();
  };
}

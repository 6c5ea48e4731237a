export { httpMetricsMiddleware, routeLabel } from './http-metrics.js';
export { METRICS_PREFIX, MetricsRegistry } from './metrics-registry.js';
export { MetricsModule } from './metrics.module.js';
export { carriesScrapeToken } from './scrape-token.js';

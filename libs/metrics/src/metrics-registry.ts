import { collectDefaultMetrics, Registry } from 'prom-client';

/** Metric names start with this. */
export const METRICS_PREFIX = 'techmarket_';

/**
 * Process metrics (CPU, memory, event-loop lag, GC) once per process, whatever the number of
 * applications in it (tests start many): prom-client's collectors watch the whole process.
 */
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry, prefix: METRICS_PREFIX });
  }
  return processRegistry;
}

/** One application's metrics (the api's or the worker's), exposed with the process's own. */
export class MetricsRegistry {
  readonly registry = new Registry();

  get contentType(): string {
    return this.registry.contentType;
  }

  /** The Prometheus text exposition of this application's and the process's metrics. */
  async text(): Promise<string> {
    return Registry.merge([processMetrics(), this.registry]).metrics();
  }
}

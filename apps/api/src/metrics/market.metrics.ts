import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { Gauge } from 'prom-client';
import { RecordingLagService } from '@app/deals';
import { ListingIndexLag } from '@app/listings';
import { METRICS_PREFIX, MetricsRegistry } from '@app/metrics';
import { QueueDepth } from '@app/queue';
import { SearchService } from '@app/search';

/** A source that does not answer within this is reported down: a scrape never hangs on one. */
const SOURCE_TIMEOUT_MS = 2000;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${SOURCE_TIMEOUT_MS} ms`)), SOURCE_TIMEOUT_MS);
  });
  work.catch(() => undefined); // a late failure after the timeout is already reported
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * One reading per scrape, shared by the gauges that show parts of it (prom-client collects
 * every gauge of a scrape at once): the first asks, the others wait for the same answer.
 */
function perScrape<T>(read: () => Promise<T>): () => Promise<T> {
  let current: Promise<T> | undefined;
  return () =>
    (current ??= withinTimeout(read()).finally(() => {
      setImmediate(() => (current = undefined));
    }));
}

/**
 * Gauges read at scrape time from where the work waits: BullMQ's queues, the search-index
 * outbox, the deals not yet recorded, Meilisearch's task queue. A source that cannot be read
 * reports `techmarket_metrics_source_up{source} 0` and its gauges are left out of that scrape.
 */
@Injectable()
export class MarketMetrics implements OnModuleInit {
  private readonly logger = new Logger(MarketMetrics.name);

  constructor(
    private readonly metrics: MetricsRegistry,
    private readonly queues: QueueDepth,
    private readonly outbox: ListingIndexLag,
    private readonly recording: RecordingLagService,
    private readonly search: SearchService,
  ) {}

  onModuleInit(): void {
    const sources = {
      queues: perScrape(() => this.queues.counts()),
      outbox: perScrape(() => this.outbox.measure()),
      recording: perScrape(() => this.recording.measure()),
      meilisearch: perScrape(() => this.search.taskLag()),
    };
    const registers = [this.metrics.registry];
    const logger = this.logger;
    new Gauge({
      name: `${METRICS_PREFIX}metrics_source_up`,
      help: '1 when the source of the market gauges could be read at this scrape, 0 when not',
      labelNames: ['source'] as const,
      registers,
      async collect() {
        for (const [source, read] of Object.entries(sources)) {
          await read().then(
            () => this.set({ source }, 1),
            (error: Error) => {
              this.set({ source }, 0);
              logger.warn(`metrics: ${source} could not be read (${error.message})`);
            },
          );
        }
      },
    });
    /** A gauge whose values come from one source; nothing is reported when the source failed. */
    const gauge = <S extends keyof typeof sources>(
      name: string,
      help: string,
      source: S,
      set: (g: Gauge<string>, reading: Awaited<ReturnType<(typeof sources)[S]>>) => void,
      labelNames: string[] = [],
    ) =>
      new Gauge({
        name: `${METRICS_PREFIX}${name}`,
        help,
        labelNames,
        registers,
        async collect() {
          this.reset();
          const reading = await sources[source]().catch(() => undefined);
          if (reading !== undefined) set(this, reading as Awaited<ReturnType<(typeof sources)[S]>>);
        },
      });

    gauge(
      'queue_jobs',
      'Jobs in each BullMQ queue by state (waiting, prioritized, delayed, active, failed)',
      'queues',
      (g, counts) => {
        for (const c of counts) g.set({ queue: c.queue, state: c.state }, c.count);
      },
      ['queue', 'state'],
    );
    gauge('search_outbox_pending', 'Listing changes committed in PostgreSQL and not yet in the search index', 'outbox', (g, r) =>
      g.set(r.pending),
    );
    gauge(
      'search_outbox_oldest_pending_seconds',
      'Age of the oldest listing change not yet in the search index, 0 when none (outbox lag)',
      'outbox',
      (g, r) => g.set(r.oldestSeconds),
    );
    gauge('deals_awaiting_recording', 'Deals accepted for recording and not yet written to the ledger', 'recording', (g, r) =>
      g.set(r.waiting),
    );
    gauge(
      'deals_oldest_awaiting_recording_seconds',
      'Age of the oldest deal accepted for recording and not yet recorded, 0 when none (recording lag)',
      'recording',
      (g, r) => g.set(r.oldestSeconds),
    );
    gauge(
      'meilisearch_tasks',
      'Meilisearch tasks of our indexes not finished yet, by status',
      'meilisearch',
      (g, r) => {
        g.set({ status: 'enqueued' }, r.enqueued);
        g.set({ status: 'processing' }, r.processing);
      },
      ['status'],
    );
    gauge(
      'meilisearch_oldest_enqueued_task_seconds',
      'How long the oldest enqueued Meilisearch task of our indexes has waited, 0 when none (task lag)',
      'meilisearch',
      (g, r) => g.set(r.oldestEnqueuedSeconds),
    );
  }
}

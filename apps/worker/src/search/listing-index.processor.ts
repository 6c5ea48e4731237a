import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ListingExpiry, ListingIndexer, OutboxRelay } from '@app/listings';
import { assertNever } from '@app/common';
import { JOBS, JobName, QUEUES, QueueProducer, type ListingOutboxIndexPayload, type MatchListRefreshPayload } from '@app/queue';
import type { Job } from 'bullmq';

/** Every job name routed to the search-index queue. */
export type SearchJob = { [K in JobName]: (typeof JOBS)[K] extends typeof QUEUES.search ? K : never }[JobName];

/**
 * The search-index queue: chunks of outbox rows (the listings' current state decides between
 * upsert and delete), and the outbox sweep. Jobs that run together are written to Meilisearch
 * together (the indexer merges them), and Meilisearch batches the tasks that queue up, so a few
 * dozen jobs at once keep it busy without holding more than ~30,000 rows in memory.
 */
@Processor(QUEUES.search, { concurrency: 64 })
export class ListingIndexProcessor extends WorkerHost {
  /** The jobs this processor handles; a test holds every job name to exactly one processor. */
  static readonly jobs = ['listings.outbox.index', 'listings.outbox.sweep', 'listings.expiry.sweep'] as const satisfies readonly JobName[];
  constructor(
    private readonly indexer: ListingIndexer,
    private readonly relay: OutboxRelay,
    private readonly producer: QueueProducer,
    private readonly expiry: ListingExpiry,
  ) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as SearchJob;
    switch (name) {
      case 'listings.outbox.index': {
        const { synced, ...counts } = await this.indexer.indexOutbox((job.data as ListingOutboxIndexPayload).outboxIds);
        // Each listing indexed or removed refreshes its stored match list and its place in others'.
        const queued = await this.producer.enqueueBulk<MatchListRefreshPayload>(
          'matching.list.refresh',
          synced.map((s) => ({ payload: { kind: s.kind, id: s.id }, jobId: `list-${s.kind}-${s.id}-${s.outboxId}` })),
        );
        if (!queued) throw new Error('match list refresh not enqueued');
        return counts;
      }
      case 'listings.outbox.sweep':
        return this.relay.sweep();
      case 'listings.expiry.sweep':
        return this.expiry.sweep();
      default:
        // a search-queue job without a case here does not compile
        return assertNever(name, `job on ${QUEUES.search}`);
    }
  }
}

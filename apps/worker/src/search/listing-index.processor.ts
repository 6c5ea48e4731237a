import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ListingIndexer, OutboxRelay, type ListingIndexPayload } from '@app/listings';
import { assertNever } from '@app/common';
import { JOBS, JobName, QUEUES } from '@app/queue';
import type { Job } from 'bullmq';

/** Every job name routed to the search-index queue. */
export type SearchJob = { [K in JobName]: (typeof JOBS)[K] extends typeof QUEUES.search ? K : never }[JobName];

/**
 * The search-index queue: one listing per job (its current state decides), and the outbox sweep.
 * Jobs run concurrently so that Meilisearch can batch the document writes they enqueue.
 */
// Many jobs at once: the indexer writes the listings of jobs that run together in one Meilisearch task.
@Processor(QUEUES.search, { concurrency: 200 })
export class ListingIndexProcessor extends WorkerHost {
  /** The jobs this processor handles; a test holds every job name to exactly one processor. */
  static readonly jobs = ['listings.demand.index', 'listings.outcome.index', 'listings.outbox.sweep'] as const satisfies readonly JobName[];
  constructor(
    private readonly indexer: ListingIndexer,
    private readonly relay: OutboxRelay,
  ) {
    super();
  }

  async process(job: Job<ListingIndexPayload>): Promise<unknown> {
    const name = job.name as SearchJob;
    switch (name) {
      case 'listings.demand.index':
        return this.indexer.sync('demand', job.data.listingId, job.data.outboxId);
      case 'listings.outcome.index':
        return this.indexer.sync('outcome', job.data.listingId, job.data.outboxId);
      case 'listings.outbox.sweep':
        return this.relay.sweep();
      default:
        // a search-queue job without a case here does not compile
        return assertNever(name, `job on ${QUEUES.search}`);
    }
  }
}

import { Processor, WorkerHost } from '@nestjs/bullmq';
import { ListingIndexer, OutboxRelay, type ListingIndexPayload } from '@app/listings';
import { JobName, QUEUES } from '@app/queue';
import type { Job } from 'bullmq';

/** The search-index queue: one listing per job (its current state decides), and the outbox sweep. */
@Processor(QUEUES.search)
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
    const name = job.name as JobName;
    switch (name) {
      case 'listings.demand.index':
        return this.indexer.sync('demand', job.data.listingId, job.data.outboxId);
      case 'listings.outcome.index':
        return this.indexer.sync('outcome', job.data.listingId, job.data.outboxId);
      case 'listings.outbox.sweep':
        return this.relay.sweep();
      default:
        throw new Error(`no handler for job ${job.name} on ${QUEUES.search}`);
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { JobName, QueueProducer } from '@app/queue';
import type { ListingKind } from './listing-kinds.js';
import type { ListingOutbox } from './listing-outbox.entity.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';

export interface ListingIndexPayload {
  listingId: string;
  outboxId: string;
}

export const INDEX_JOB: Record<ListingKind, JobName> = {
  demand: 'listings.demand.index',
  outcome: 'listings.outcome.index',
};

/** The job id of an outbox row's n-th sending: repeats of the same sending are ignored by BullMQ. */
export const outboxJobId = (row: Pick<ListingOutbox, 'id' | 'sends'>) => `listing-outbox-${row.id}-${row.sends}`;

/**
 * Sends outbox rows to the search-index queue: right after the write commits, and again from
 * the sweeper for rows still pending after a while (Redis was down, or the job gave up).
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly producer: QueueProducer,
    private readonly outbox: ListingOutboxRepository,
    private readonly config: AppConfig,
  ) {}

  async send(row: ListingOutbox): Promise<boolean> {
    const payload: ListingIndexPayload = { listingId: row.listingId, outboxId: row.id };
    return this.producer.enqueue(INDEX_JOB[row.listingKind], payload, { jobId: outboxJobId(row) });
  }

  /** Re-sends stale rows whose job is missing or failed; rows whose job is still waiting are left alone. */
  async sweep(): Promise<{ resent: number; waiting: number }> {
    const { staleAfterSeconds, batchSize } = this.config.listingsOutbox;
    const rows = await this.outbox.pendingOlderThan(staleAfterSeconds, batchSize);
    let resent = 0;
    for (const row of rows) {
      const job = await this.producer.queueFor(INDEX_JOB[row.listingKind]).getJob(outboxJobId(row));
      const state = job ? await job.getState() : 'missing';
      if (state === 'waiting' || state === 'delayed' || state === 'active' || state === 'prioritized' || state === 'waiting-children')
        continue;
      const sends = job ? await this.outbox.bumpSends(row.id) : row.sends;
      if (await this.send({ ...row, sends })) resent += 1;
    }
    if (resent > 0) this.logger.log(`outbox sweep re-sent ${resent} of ${rows.length} pending rows`);
    return { resent, waiting: rows.length - resent };
  }
}

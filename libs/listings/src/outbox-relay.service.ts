import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { JobState } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueProducer, type ListingOutboxIndexPayload } from '@app/queue';
import type { ListingOutbox } from './listing-outbox.entity.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';

/** Outbox rows per index job: a bulk of approvals becomes a few jobs, each one Meilisearch write. */
export const OUTBOX_CHUNK = 5000;
/** Jobs per addBulk call (each within the producer's enqueue timeout). */
const JOBS_PER_ADD = 20;
/** Stale rows looked at per page, and pages per sweep: a Redis that restarted empty may have lost a whole bulk. */
const SWEEP_PAGE = 1000;
const SWEEP_PAGES = 200;
/** Jobs in these states will still run: their rows are not lost. */
const LIVE_STATES: JobState[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

type Sendable = Pick<ListingOutbox, 'id' | 'sends'>;

/**
 * The job id of one sending of these rows: repeating the same sending is ignored by BullMQ, and
 * every re-sending (the sweeper bumps `sends`) gets a new id. One row keeps the readable form.
 */
export function outboxJobId(rows: Sendable[]): string {
  if (rows.length === 1) return `listing-outbox-${rows[0].id}-${rows[0].sends}`;
  const digest = createHash('sha256')
    .update(rows.map((r) => `${r.id}:${r.sends}`).join(','))
    .digest('hex')
    .slice(0, 16);
  return `listing-outbox-${rows[0].id}-${rows[rows.length - 1].id}-${digest}`;
}

/** The index jobs for these rows, in id order: one per chunk of OUTBOX_CHUNK rows. */
export function outboxJobs(rows: Sendable[]): { payload: ListingOutboxIndexPayload; jobId: string }[] {
  const sorted = [...rows].sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  const jobs = [];
  for (let i = 0; i < sorted.length; i += OUTBOX_CHUNK) {
    const chunk = sorted.slice(i, i + OUTBOX_CHUNK);
    jobs.push({ payload: { outboxIds: chunk.map((r) => r.id) }, jobId: outboxJobId(chunk) });
  }
  return jobs;
}

/**
 * Sends outbox rows to the search-index queue, a chunk per job: right after the write commits,
 * and again from the sweeper for rows still pending after a while (Redis was down, lost its
 * queue, or the job gave up). A row is settled only once the index holds its listing's state.
 */
@Injectable()
export class OutboxRelay {
  private readonly logger = new Logger(OutboxRelay.name);

  constructor(
    private readonly producer: QueueProducer,
    private readonly outbox: ListingOutboxRepository,
    private readonly config: AppConfig,
  ) {}

  /** Returns false (the rows stay pending for the sweeper) when Redis is unreachable. */
  async send(rows: Sendable | Sendable[]): Promise<boolean> {
    const jobs = outboxJobs(Array.isArray(rows) ? rows : [rows]);
    if (jobs.length === 1) return this.producer.enqueue('listings.outbox.index', jobs[0].payload, { jobId: jobs[0].jobId });
    for (let i = 0; i < jobs.length; i += JOBS_PER_ADD) {
      if (!(await this.producer.enqueueBulk('listings.outbox.index', jobs.slice(i, i + JOBS_PER_ADD)))) return false;
    }
    return true;
  }

  /**
   * Re-sends stale rows that no live job carries (its job is missing, failed for good, or was
   * removed); rows whose job is still waiting or running are left alone.
   */
  async sweep(): Promise<{ resent: number; waiting: number }> {
    const { staleAfterSeconds } = this.config.listingsOutbox;
    let live: Set<string> | undefined;
    let resent = 0;
    let waiting = 0;
    let after: string | undefined;
    for (let page = 0; page < SWEEP_PAGES; page++) {
      const rows = await this.outbox.pendingOlderThan(staleAfterSeconds, SWEEP_PAGE, after);
      if (rows.length === 0) break;
      live ??= await this.liveOutboxIds();
      const lost = rows.filter((r) => !live!.has(r.id));
      waiting += rows.length - lost.length;
      if (lost.length > 0) {
        if (!(await this.send(await this.outbox.bumpSends(lost.map((r) => r.id))))) break;
        resent += lost.length;
      }
      if (rows.length < SWEEP_PAGE) break;
      after = rows[rows.length - 1].id;
    }
    if (resent > 0) this.logger.log(`outbox sweep re-sent ${resent} pending rows (${waiting} still queued)`);
    return { resent, waiting };
  }

  /** The outbox rows that queued or running index jobs carry. */
  private async liveOutboxIds(): Promise<Set<string>> {
    const queue = this.producer.queueFor('listings.outbox.index');
    const ids = new Set<string>();
    for (const state of LIVE_STATES) {
      for (let start = 0; ; start += SWEEP_PAGE) {
        const jobs = await queue.getJobs([state], start, start + SWEEP_PAGE - 1, true);
        for (const job of jobs) {
          if (job?.name !== 'listings.outbox.index') continue;
          for (const id of (job.data as ListingOutboxIndexPayload).outboxIds ?? []) ids.add(String(id));
        }
        if (jobs.length < SWEEP_PAGE) break;
      }
    }
    return ids;
  }
}

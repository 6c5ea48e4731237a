import { Injectable, Logger } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { QueueProducer } from '@app/queue';
import { DealsRepository, type StaleCursor } from './deals.repository.js';
import { todayInChina } from './deal-rules.js';
import { MilestonesService } from './milestones.service.js';

/** Deals looked at per page, and pages per sweep: a Redis that restarted empty may have lost a whole import. */
const BATCH = 1000;
const MAX_PAGES = 50;
/** Job lookups in flight at once. */
const LOOKUPS = 50;

/**
 * Re-enqueues deals left `registered` and not recorded (the api could not reach Redis, Redis
 * lost its queue, or a job failed for good), once the queue has no waiting jobs.
 * Jobs are keyed by deal id, so a deal already queued is not queued twice; a job that used up
 * its attempts is retried. Also re-evaluates this year's milestones, in case a worker died
 * between a recording's commit and its milestone check.
 */
@Injectable()
export class RegisteredDealsSweeper {
  private readonly logger = new Logger(RegisteredDealsSweeper.name);

  constructor(
    private readonly deals: DealsRepository,
    private readonly producer: QueueProducer,
    private readonly milestones: MilestonesService,
    private readonly config: AppConfig,
  ) {}

  async sweep(): Promise<{ requeued: number; retried: number }> {
    const queue = this.producer.queueFor('deals.deal.record');
    // Deals of an import wait in batch jobs that are not keyed by deal: while jobs are still
    // waiting, a registered deal without a job of its own is most likely in one of them. Only
    // failed jobs are retried then; an idle queue gets every missing deal back.
    const backlog = await queue.getWaitingCount();
    const { requeued, retried } = backlog > 0 ? { requeued: 0, retried: await this.retryFailed(queue) } : await this.requeueMissing(queue);
    await this.milestones.evaluate(Number(todayInChina().slice(0, 4)));
    if (requeued + retried > 0) this.logger.warn(`registered deals: ${requeued} re-enqueued, ${retried} failed jobs retried`);
    return { requeued, retried };
  }

  /**
   * Stale registered deals without a job get one of their own; those whose job failed for good are retried.
   * One job lookup per stale deal: an idle queue is where Redis lost jobs, and only there is each one needed.
   */
  private async requeueMissing(queue: Queue): Promise<{ requeued: number; retried: number }> {
    let requeued = 0;
    let retried = 0;
    let after: StaleCursor | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const stale = await this.deals.findStaleRegistered(this.config.deals.sweepAfterSeconds, BATCH, after);
      const missing: string[] = [];
      for (let i = 0; i < stale.length; i += LOOKUPS) {
        await Promise.all(
          stale.slice(i, i + LOOKUPS).map(async ({ id }) => {
            const job = await queue.getJob(id);
            if (!job) missing.push(id);
            else if (await job.isFailed()) {
              await job.retry('failed');
              retried += 1;
            }
          }),
        );
      }
      if (
        missing.length > 0 &&
        !(await this.producer.enqueueBulk(
          'deals.deal.record',
          missing.map((dealId) => ({ payload: { dealId }, jobId: dealId })),
        ))
      )
        break;
      requeued += missing.length;
      if (stale.length < BATCH) break;
      after = stale[stale.length - 1];
    }
    return { requeued, retried };
  }

  /**
   * With a backlog, the failed deal jobs whose deals are still registered (and stale) are retried,
   * found from the queue's failed set: looking up a job for each stale deal instead cost up to
   * 50,000 Redis calls per sweep while a large import was being recorded, for the same few jobs.
   */
  private async retryFailed(queue: Queue): Promise<number> {
    let retried = 0;
    for (let start = 0; start < BATCH * MAX_PAGES; start += BATCH) {
      const failed = await queue.getFailed(start, start + BATCH - 1);
      const byDeal = new Map(failed.filter((job) => job.name === 'deals.deal.record' && job.id).map((job) => [job.id!, job] as const));
      const stale = await this.deals.filterStaleRegistered([...byDeal.keys()], this.config.deals.sweepAfterSeconds);
      // Retried jobs leave the failed set: the next page starts where this one's survivors end.
      for (const id of stale) await byDeal.get(id)!.retry('failed');
      retried += stale.length;
      if (failed.length < BATCH) break;
      start -= stale.length;
    }
    return retried;
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QueueProducer } from '@app/queue';
import { DealsRepository } from './deals.repository.js';
import { todayInChina } from './deal-rules.js';
import { MilestonesService } from './milestones.service.js';

const BATCH = 500;

/**
 * Re-enqueues deals left `pending` (the api could not reach Redis, or a job failed for good).
 * Jobs are keyed by deal id, so a deal already queued is not queued twice; a job that used up
 * its attempts is retried. Also re-evaluates this year's milestones, in case a worker died
 * between a recording's commit and its milestone check.
 */
@Injectable()
export class PendingDealsSweeper {
  private readonly logger = new Logger(PendingDealsSweeper.name);

  constructor(
    private readonly deals: DealsRepository,
    private readonly producer: QueueProducer,
    private readonly milestones: MilestonesService,
    private readonly config: AppConfig,
  ) {}

  async sweep(): Promise<{ requeued: number; retried: number }> {
    const ids = await this.deals.findStalePendingIds(this.config.deals.sweepAfterSeconds, BATCH);
    const queue = this.producer.queueFor('deals.deal.record');
    let requeued = 0;
    let retried = 0;
    for (const dealId of ids) {
      const job = await queue.getJob(dealId);
      if (!job) {
        if (await this.producer.enqueue('deals.deal.record', { dealId }, { jobId: dealId })) requeued += 1;
      } else if (await job.isFailed()) {
        await job.retry('failed');
        retried += 1;
      }
    }
    await this.milestones.evaluate(Number(todayInChina().slice(0, 4)));
    if (requeued + retried > 0) this.logger.warn(`pending deals: ${requeued} re-enqueued, ${retried} failed jobs retried`);
    return { requeued, retried };
  }
}

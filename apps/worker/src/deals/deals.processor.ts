import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { DealRecordingService, RegisteredDealsSweeper } from '@app/deals';
import { QUEUES, type DealBatchRecordPayload, type DealRecordPayload, type JobName } from '@app/queue';

/**
 * The deals queue: `deals.deal.record` records one deal (exactly once, whatever the replays),
 * `deals.batch.record` several deals of an import in one transaction (the same guarantees);
 * `deals.pending.sweep` re-enqueues registered deals not yet recorded. A killed worker's jobs are found stalled
 * once their short lock lapses and run again, harmlessly.
 */
@Processor(QUEUES.deals, { concurrency: 1, lockDuration: 10_000, stalledInterval: 5_000, maxStalledCount: 5 })
export class DealsProcessor extends WorkerHost implements OnApplicationBootstrap {
  /** The jobs this processor handles; a test holds every job name to exactly one processor. */
  static readonly jobs = ['deals.deal.record', 'deals.batch.record', 'deals.registered.sweep'] as const satisfies readonly JobName[];
  private readonly logger = new Logger(DealsProcessor.name);
  private lastConnectionWarning = 0;

  constructor(
    private readonly recording: DealRecordingService,
    private readonly sweeper: RegisteredDealsSweeper,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.deals.recordConcurrency;
    // BullMQ reads the limiter from the worker's options at every fetch of a job.
    const perSecond = this.config.deals.recordJobsPerSecond;
    if (perSecond > 0) this.worker.opts.limiter = { max: perSecond, duration: 1000 };
  }

  /** While Redis is away the worker reconnects by itself; say so now and then, never crash. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    if (Date.now() - this.lastConnectionWarning < 30_000) return;
    this.lastConnectionWarning = Date.now();
    this.logger.warn(`deals worker: ${error.message}`);
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case 'deals.deal.record':
        return this.recording.record((job.data as DealRecordPayload).dealId);
      case 'deals.batch.record':
        return this.recording.recordMany((job.data as DealBatchRecordPayload).dealIds);
      case 'deals.registered.sweep':
        return this.sweeper.sweep();
      default:
        throw new Error(`no handler for job ${job.name} on the deals queue`);
    }
  }
}

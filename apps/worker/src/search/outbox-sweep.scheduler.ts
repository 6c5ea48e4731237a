import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { QueueProducer } from '@app/queue';

export const OUTBOX_SWEEP_SCHEDULER = 'listings-outbox-sweep';

/**
 * Registers the repeatable outbox sweep with BullMQ's job scheduler: one schedule however
 * many workers run, and it survives restarts.
 */
@Injectable()
export class OutboxSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(OutboxSweepScheduler.name);

  constructor(
    private readonly producer: QueueProducer,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.listingsOutbox.sweepEveryMs;
    await this.producer
      .queueFor('listings.outbox.sweep')
      .upsertJobScheduler(
        OUTBOX_SWEEP_SCHEDULER,
        { every },
        { name: 'listings.outbox.sweep', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
    this.logger.log(`outbox sweep every ${every / 1000} s`);
  }
}

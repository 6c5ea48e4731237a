import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueueProducer } from '@app/queue';

export const EXPIRY_SWEEP_SCHEDULER = 'listings-expiry-sweep';
const EVERY_MS = 3_600_000;

/** One repeatable expiry sweep an hour (expiries and their reminders), however many workers run. */
@Injectable()
export class ExpirySweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExpirySweepScheduler.name);

  constructor(private readonly producer: QueueProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer
      .queueFor('listings.expiry.sweep')
      .upsertJobScheduler(
        EXPIRY_SWEEP_SCHEDULER,
        { every: EVERY_MS },
        { name: 'listings.expiry.sweep', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
    this.logger.log(`listing expiry sweep every ${EVERY_MS / 60_000} min`);
  }
}

import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { QueueProducer } from '@app/queue';

export const FEEDBACK_SYNC_SCHEDULER = 'matching-feedback-sync';
const EVERY_MS = 60_000;

/** One repeatable feedback sync a minute, however many workers run. */
@Injectable()
export class FeedbackSyncScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(FeedbackSyncScheduler.name);

  constructor(private readonly producer: QueueProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer
      .queueFor('matching.feedback.sync')
      .upsertJobScheduler(
        FEEDBACK_SYNC_SCHEDULER,
        { every: EVERY_MS },
        { name: 'matching.feedback.sync', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
    this.logger.log(`match feedback sync every ${EVERY_MS / 1000} s`);
  }
}

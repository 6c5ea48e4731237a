import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { NotificationDigests } from '@app/notifications';
import { QUEUES, QueueProducer, type JobName } from '@app/queue';

export const DIGEST_SCHEDULER = 'notifications-daily-digest';
/** Every morning at eight, China time: the alerts of the 24 hours before. */
export const DIGEST_PATTERN = '0 8 * * *';
export const DIGEST_TZ = 'Asia/Shanghai';

/** The notifications queue: `notifications.digest.send` mails each member the day's alerts of its organization, once a day. */
@Processor(QUEUES.notifications)
export class DigestProcessor extends WorkerHost {
  /** The jobs this processor handles; a test holds every job name to exactly one processor. */
  static readonly jobs = ['notifications.digest.send'] as const satisfies readonly JobName[];

  constructor(private readonly digests: NotificationDigests) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case 'notifications.digest.send':
        // The scheduled time, not the time it ran: a retried or replayed run covers the same day.
        return this.digests.sendDaily(new Date(job.timestamp + (job.delay ?? 0)));
      default:
        throw new Error(`no handler for job ${job.name} on the notifications queue`);
    }
  }
}

/** One repeatable digest job a day, however many workers run (BullMQ's job scheduler). */
@Injectable()
export class DigestScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DigestScheduler.name);

  constructor(private readonly producer: QueueProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer
      .queueFor('notifications.digest.send')
      .upsertJobScheduler(
        DIGEST_SCHEDULER,
        { pattern: DIGEST_PATTERN, tz: DIGEST_TZ },
        { name: 'notifications.digest.send', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
    this.logger.log(`notification digest daily at ${DIGEST_PATTERN} (${DIGEST_TZ})`);
  }
}

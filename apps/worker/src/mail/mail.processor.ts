import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Job } from 'bullmq';
import { AppConfig } from '@app/config';
import { MailService } from '@app/mail';
import { QUEUES, QueueProducer, type JobName, type MailSendPayload } from '@app/queue';

export const MAIL_SWEEP_SCHEDULER = 'mail-outbox-sweep';
const MAIL_SWEEP_EVERY_MS = 30_000;

/**
 * The mail queue: `mail.message.send` delivers one outbox row (a transient SMTP failure throws,
 * and the queue retries with exponential backoff); `mail.outbox.sweep` re-sends rows whose job was lost.
 */
@Processor(QUEUES.mail, { concurrency: 2 })
export class MailProcessor extends WorkerHost implements OnApplicationBootstrap {
  /** The jobs this processor handles; a test holds every job name to exactly one processor. */
  static readonly jobs = ['mail.message.send', 'mail.outbox.sweep'] as const satisfies readonly JobName[];
  private readonly logger = new Logger(MailProcessor.name);
  private lastConnectionWarning = 0;

  constructor(
    private readonly mail: MailService,
    private readonly config: AppConfig,
  ) {
    super();
  }

  onApplicationBootstrap(): void {
    this.worker.concurrency = this.config.mail.concurrency;
  }

  @OnWorkerEvent('error')
  onError(error: Error): void {
    if (Date.now() - this.lastConnectionWarning < 30_000) return;
    this.lastConnectionWarning = Date.now();
    this.logger.warn(`mail worker: ${error.message}`);
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as JobName;
    switch (name) {
      case 'mail.message.send':
        return this.mail.deliver((job.data as MailSendPayload).outboxId);
      case 'mail.outbox.sweep':
        return this.mail.sweep();
      default:
        throw new Error(`no handler for job ${job.name} on the mail queue`);
    }
  }
}

/** One repeatable mail sweep, however many workers run. */
@Injectable()
export class MailSweepScheduler implements OnApplicationBootstrap {
  constructor(private readonly producer: QueueProducer) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.producer
      .queueFor('mail.outbox.sweep')
      .upsertJobScheduler(
        MAIL_SWEEP_SCHEDULER,
        { every: MAIL_SWEEP_EVERY_MS },
        { name: 'mail.outbox.sweep', data: {}, opts: { removeOnComplete: 100, removeOnFail: 100 } },
      );
  }
}

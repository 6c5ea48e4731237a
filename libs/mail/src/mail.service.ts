import { Injectable, Logger } from '@nestjs/common';
import type { JobState } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { QueueProducer, type MailSendPayload } from '@app/queue';
import type { MailOutbox } from './mail-outbox.entity.js';
import { MailOutboxRepository } from './mail-outbox.repository.js';
import { isPermanentSmtpFailure, MailTransport } from './mail-transport.js';
import type { RenderedMail } from './mail-templates.js';

/** A pending row older than this whose job is gone is sent again by the sweeper. */
export const MAIL_STALE_SECONDS = 60;
/** After this many sendings (each with the queue's own retries) a mail is given up. */
export const MAIL_MAX_SENDS = 10;
const LIVE_STATES: JobState[] = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children'];

export const mailJobId = (row: Pick<MailOutbox, 'id' | 'sends'>) => `mail-${row.id}-${row.sends}`;

export type DeliveryResult = 'sent' | 'already-done' | 'busy' | 'missing' | 'rejected';

/**
 * Mail goes out through an outbox: `queue` writes the row in the caller's transaction, `dispatch`
 * enqueues it after the commit (a failed enqueue leaves it to the sweeper), and the worker's
 * `deliver` sends it once.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly outbox: MailOutboxRepository,
    private readonly producer: QueueProducer,
    private readonly transport: MailTransport,
  ) {}

  /** Writes the mail in the caller's transaction; call `dispatch` with the row after the commit. */
  queue(manager: EntityManager, to: string, mail: RenderedMail): Promise<MailOutbox> {
    return this.outbox.insert(manager, to, mail);
  }

  /** Queues and dispatches a mail in a transaction of its own (e.g. a notifications digest). */
  async send(to: string, mail: RenderedMail): Promise<MailOutbox> {
    const row = await this.dataSource.transaction((manager) => this.queue(manager, to, mail));
    await this.dispatch(row);
    return row;
  }

  /** Enqueues the delivery; false when Redis is away (the sweeper sends it later). */
  dispatch(row: Pick<MailOutbox, 'id' | 'sends'>): Promise<boolean> {
    return this.producer.enqueue('mail.message.send', { outboxId: row.id } satisfies MailSendPayload, { jobId: mailJobId(row) });
  }

  /**
   * Sends one outbox row while holding its lock, and marks it sent in the same transaction:
   * a second worker skips the locked row, a retry finds it sent. A transient failure throws
   * (the queue retries with backoff); a permanent refusal marks the row failed.
   */
  async deliver(outboxId: string): Promise<DeliveryResult> {
    let transientError: Error | undefined;
    const result = await this.dataSource.transaction(async (manager): Promise<DeliveryResult> => {
      const row = await this.outbox.lockForDelivery(manager, outboxId);
      if (!row) return (await this.outbox.findById(outboxId, manager)) ? 'busy' : 'missing';
      if (row.sentAt || row.failedAt) return 'already-done';
      try {
        const messageId = `<mail-${row.id}@techmarket>`;
        const info = await this.transport.send({
          to: row.toAddress,
          subject: row.subject,
          text: row.bodyText ?? '',
          html: row.bodyHtml ?? '',
          messageId,
        });
        await this.outbox.markSent(manager, row.id, info.messageId);
        return 'sent';
      } catch (error) {
        if (isPermanentSmtpFailure(error)) {
          await this.outbox.markFailed(manager, row.id, (error as Error).message);
          this.logger.warn(`mail ${row.id} refused for good: ${(error as Error).message}`);
          return 'rejected';
        }
        transientError = error as Error;
        return 'busy';
      }
    });
    if (transientError) {
      await this.outbox.recordAttempt(outboxId, transientError.message);
      throw transientError;
    }
    return result;
  }

  /**
   * Sends again the pending rows that no live job carries (Redis was away, lost its queue, or the
   * job used up its retries); after MAIL_MAX_SENDS sendings a row is given up.
   */
  async sweep(limit = 500): Promise<{ resent: number; gaveUp: number }> {
    const rows = await this.outbox.pendingOlderThan(MAIL_STALE_SECONDS, limit);
    const queue = this.producer.queueFor('mail.message.send');
    let resent = 0;
    let gaveUp = 0;
    for (const row of rows) {
      const job = await queue.getJob(mailJobId(row));
      if (job && LIVE_STATES.includes((await job.getState()) as JobState)) continue;
      if (row.sends + 1 >= MAIL_MAX_SENDS) {
        await this.outbox.giveUp(row.id, `gave up after ${row.attempts} attempts`);
        gaveUp += 1;
        continue;
      }
      const sends = await this.outbox.bumpSends(row.id);
      if (sends < 0) continue;
      if (!(await this.dispatch({ id: row.id, sends }))) break;
      resent += 1;
    }
    if (resent + gaveUp > 0) this.logger.log(`mail sweep re-sent ${resent}, gave up ${gaveUp}`);
    return { resent, gaveUp };
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { MailOutbox } from './mail-outbox.entity.js';
import type { RenderedMail } from './mail-templates.js';

@Injectable()
export class MailOutboxRepository {
  constructor(@InjectRepository(MailOutbox) private readonly repo: Repository<MailOutbox>) {}

  insert(manager: EntityManager, to: string, mail: RenderedMail): Promise<MailOutbox> {
    const repo = manager.getRepository(MailOutbox);
    return repo.save(repo.create({ kind: mail.kind, toAddress: to, subject: mail.subject, bodyText: mail.text, bodyHtml: mail.html }));
  }

  findById(id: string, manager: EntityManager = this.repo.manager): Promise<MailOutbox | null> {
    return manager.getRepository(MailOutbox).findOneBy({ id });
  }

  /** The row, locked for this transaction; null when it is missing or another worker holds it. */
  lockForDelivery(manager: EntityManager, id: string): Promise<MailOutbox | null> {
    return manager
      .getRepository(MailOutbox)
      .createQueryBuilder('m')
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .where('m.id = :id', { id })
      .getOne();
  }

  /** Sent: the bodies (single-use links) are not kept once the mail has gone out. */
  async markSent(manager: EntityManager, id: string, messageId: string): Promise<void> {
    await manager
      .getRepository(MailOutbox)
      .update(
        { id },
        { sentAt: () => 'now()', bodyText: null, bodyHtml: null, messageId, attempts: () => 'attempts + 1', lastError: null },
      );
  }

  async markFailed(manager: EntityManager, id: string, error: string): Promise<void> {
    await manager
      .getRepository(MailOutbox)
      .update(
        { id },
        { failedAt: () => 'now()', bodyText: null, bodyHtml: null, attempts: () => 'attempts + 1', lastError: error.slice(0, 500) },
      );
  }

  async recordAttempt(id: string, error: string): Promise<void> {
    await this.repo.update({ id }, { attempts: () => 'attempts + 1', lastError: error.slice(0, 500) });
  }

  /** Rows neither sent nor failed, created more than `seconds` ago, oldest first. */
  pendingOlderThan(seconds: number, limit: number): Promise<MailOutbox[]> {
    return this.repo
      .createQueryBuilder('m')
      .select(['m.id', 'm.sends', 'm.attempts', 'm.createdAt'])
      .where('m.sentAt IS NULL AND m.failedAt IS NULL')
      .andWhere('m.createdAt < now() - make_interval(secs => :seconds)', { seconds })
      .orderBy('m.id', 'ASC')
      .take(limit)
      .getMany();
  }

  async bumpSends(id: string): Promise<number> {
    const [rows]: [{ sends: number }[], number] = await this.repo.query(
      'UPDATE mail_outbox SET sends = sends + 1 WHERE id = $1 AND sent_at IS NULL AND failed_at IS NULL RETURNING sends',
      [id],
    );
    return rows[0]?.sends ?? -1;
  }

  async giveUp(id: string, reason: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ failedAt: () => 'now()', bodyText: null, bodyHtml: null, lastError: reason })
      .where('id = :id AND sent_at IS NULL AND failed_at IS NULL', { id })
      .execute();
  }
}

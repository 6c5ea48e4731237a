import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { MAIL_KINDS, type MailKind } from './mail-templates.js';

/**
 * One mail to go out, written in the transaction of what caused it. The row is the delivery's
 * idempotency record: a worker sends it while holding the row's lock and marks it sent in the
 * same transaction, so a retry or a second worker finds it sent. Its bodies (which carry
 * single-use links) are cleared once it has gone out.
 */
@Entity({ name: 'mail_outbox' })
@Check('ck_mail_outbox_kind', `"kind" IN (${MAIL_KINDS.map((k) => `'${k}'`).join(', ')})`)
@Index('ix_mail_outbox_pending', ['createdAt'], { where: '"sent_at" IS NULL AND "failed_at" IS NULL' })
export class MailOutbox {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: MailKind;

  @Column({ type: 'varchar', length: 254 })
  toAddress: string;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text', nullable: true })
  bodyText: string | null;

  @Column({ type: 'text', nullable: true })
  bodyHtml: string | null;

  /** Deliveries tried (each SMTP conversation). */
  @Column({ type: 'integer', default: 0 })
  attempts: number;

  /** Bumped by the sweeper when it re-sends the row under a fresh job id. */
  @Column({ type: 'integer', default: 0 })
  sends: number;

  @Column({ type: 'varchar', length: 500, nullable: true })
  lastError: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  messageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** The server refused the mail for good (a 5xx answer), or the sweeper gave up on it. */
  @Column({ type: 'timestamptz', nullable: true })
  failedAt: Date | null;
}

import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * A daily digest mail sent to a member: one row per member and day (China's calendar day of the
 * run), written in the transaction that queues the mail, so a replayed run sends nothing twice.
 */
@Entity({ name: 'notification_digests' })
export class NotificationDigest {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @PrimaryColumn({ type: 'date' })
  day: string;

  @Column({ type: 'integer' })
  items: number;

  @Column({ type: 'bigint', nullable: true })
  mailOutboxId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

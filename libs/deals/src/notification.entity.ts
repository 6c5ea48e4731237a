import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MILESTONES = [50, 80, 100] as const;
export type Milestone = (typeof MILESTONES)[number];

export const NOTIFICATION_KINDS = ['turnover_milestone', 'deal_status'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/**
 * Notifications. A turnover milestone (50 %, 80 %, 100 % of the year's target) is the bureau's
 * and exists once per year: the partial unique index decides, however many workers race. A
 * deal's change of stage goes to each party (`org_id`), and to the bureau (`org_id` null) when
 * the bureau has something to do.
 */
@Entity({ name: 'notifications' })
@Index('uq_notifications_milestone', ['year', 'milestone'], { unique: true, where: `"kind" = 'turnover_milestone'` })
@Index('ix_notifications_created_at', ['createdAt'])
@Index('ix_notifications_org', ['orgId', 'createdAt'], { where: `"org_id" IS NOT NULL` })
@Check('ck_notifications_kind', `"kind" IN ('turnover_milestone', 'deal_status')`)
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  /** The organization notified; null for the bureau. */
  @Column({ type: 'uuid', nullable: true })
  orgId: string | null;

  @Column({ type: 'uuid', nullable: true })
  dealId: string | null;

  @Column({ type: 'smallint' })
  year: number;

  @Column({ type: 'smallint', nullable: true })
  milestone: number | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  message: string;

  /** The year's turnover and target (fen) when the milestone was reached. */
  @Column({ type: 'bigint', nullable: true })
  totalFen: string | null;

  @Column({ type: 'bigint', nullable: true })
  targetFen: string | null;

  /** When a reader marked it read (the notification centre sets it; for the bureau, any of its users). */
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

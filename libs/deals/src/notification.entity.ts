import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const MILESTONES = [50, 80, 100] as const;
export type Milestone = (typeof MILESTONES)[number];

/**
 * Notifications for the bureau. A turnover milestone (50 %, 80 %, 100 % of the year's target)
 * exists once per year: the partial unique index decides, however many workers race.
 */
@Entity({ name: 'notifications' })
@Index('uq_notifications_milestone', ['year', 'milestone'], { unique: true, where: `"kind" = 'turnover_milestone'` })
@Index('ix_notifications_created_at', ['createdAt'])
@Check('ck_notifications_kind', `"kind" IN ('turnover_milestone')`)
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: 'turnover_milestone';

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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

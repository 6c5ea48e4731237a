import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Deal } from './deal.entity.js';

/**
 * 公示: the public notice of a confirmed deal whose price an institution agreed (协议定价). The
 * bureau registers it only after `ends_at` and with no objection open. Notices and objections
 * are never deleted: they are the evidence that the notice ran.
 */
@Entity({ name: 'deal_notices' })
@Index('ix_deal_notices_starts_at', ['startsAt'])
export class DealNotice {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_deal_notices_deal', { unique: true })
  @Column({ type: 'uuid' })
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'fk_deal_notices_deal' })
  deal?: Deal;

  /** What the deal is about as the public reads it: the outcome's title, else the contract's name. */
  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** An objection to a notice (异议), open until the bureau resolves it. */
@Entity({ name: 'deal_notice_objections' })
@Index('ix_deal_notice_objections_notice', ['noticeId', 'createdAt'])
export class DealNoticeObjection {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  noticeId: string;

  @ManyToOne(() => DealNotice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'notice_id', foreignKeyConstraintName: 'fk_deal_notice_objections_notice' })
  notice?: DealNotice;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'varchar', length: 1000 })
  text: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  resolution: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  resolvedByUserId: string | null;
}

import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Deal, type DealStatus } from './deal.entity.js';

/**
 * One row per stage a deal entered, the first one included: who moved it (a user of a party or
 * of the bureau; no user for the recording worker), when, and why (a dispute or a rejection).
 */
@Entity({ name: 'deal_events' })
@Index('ix_deal_events_deal', ['dealId', 'createdAt'])
export class DealEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  dealId: string;

  @ManyToOne(() => Deal, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'deal_id', foreignKeyConstraintName: 'fk_deal_events_deal' })
  deal?: Deal;

  @Column({ type: 'varchar', length: 16 })
  status: DealStatus;

  /** Null when the system moved the deal (the recording worker). */
  @Column({ type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ type: 'uuid', nullable: true })
  actorOrgId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  reason: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

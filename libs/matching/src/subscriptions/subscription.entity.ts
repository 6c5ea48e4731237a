import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { CooperationMode, Field } from '@app/common';

/**
 * An organization's standing search: every newly published listing of `kind` that fits it
 * (words, field, region, modes; what is unset fits anything) becomes a `subscription.hit`.
 */
@Entity({ name: 'subscriptions' })
@Check('ck_subscriptions_kind', `"kind" IN ('demand', 'outcome')`)
@Index('ix_subscriptions_kind', ['kind'])
@Index('ix_subscriptions_organization', ['organizationId', 'createdAt'])
export class Subscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 16 })
  kind: 'demand' | 'outcome';

  @Column({ type: 'varchar', length: 100, nullable: true })
  q: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  field: Field | null;

  /** Demands only (outcomes have no region). */
  @Column({ type: 'varchar', length: 6, nullable: true })
  region: string | null;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  modes: CooperationMode[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

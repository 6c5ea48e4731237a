import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/accounts';
import type { CooperationMode, Field } from '@app/common';
import { fenTransformer } from './fen-column.js';
import type { ListingStatus } from './listing-kinds.js';

/** 技术需求: a technical problem an enterprise wants solved. */
@Entity({ name: 'demands' })
@Check('ck_demands_status', `"status" IN ('pending', 'published', 'rejected', 'closed', 'fulfilled')`)
@Check('ck_demands_keywords', `cardinality("keywords") BETWEEN 1 AND 10`)
@Check('ck_demands_modes', `cardinality("cooperation_modes") BETWEEN 1 AND 5`)
@Check('ck_demands_budget', `"budget_max_fen" IS NULL OR "budget_max_fen" > 0`)
@Check('ck_demands_region', `"region" ~ '^[0-9]{6}$'`)
@Index('ix_demands_status_updated', ['status', 'updatedAt'])
export class Demand {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_demands_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_demands_organization' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'varchar', length: 32 })
  field: Field;

  @Column({ type: 'text', array: true })
  keywords: string[];

  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  budgetMaxFen: bigint | null;

  /** YYYY-MM-DD (a calendar date, no time zone). */
  @Column({ type: 'date', nullable: true })
  deadline: string | null;

  @Column({ type: 'char', length: 6 })
  region: string;

  @Column({ type: 'text', array: true })
  cooperationModes: CooperationMode[];

  @Column({ type: 'varchar', length: 50, nullable: true })
  contactName: string | null;

  @Column({ type: 'varchar', length: 24, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 16, default: 'pending' })
  status: ListingStatus;

  @Column({ type: 'text', nullable: true })
  rejectReason: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  publishedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from '@app/accounts';
import type { CooperationMode, Field } from '@app/common';
import { fenTransformer } from './fen-column.js';
import type { IpType, ListingStatus } from './listing-kinds.js';

/** 科技成果: a transferable result a university or institute offers. */
@Entity({ name: 'outcomes' })
@Check('ck_outcomes_status', `"status" IN ('pending', 'published', 'rejected', 'closed', 'fulfilled')`)
@Check('ck_outcomes_keywords', `cardinality("keywords") BETWEEN 1 AND 10`)
@Check('ck_outcomes_modes', `cardinality("transfer_modes") BETWEEN 1 AND 5`)
@Check('ck_outcomes_trl', `"trl" BETWEEN 1 AND 9`)
@Check('ck_outcomes_price', `"asking_price_fen" IS NULL OR "asking_price_fen" > 0`)
@Index('ix_outcomes_status_updated', ['status', 'updatedAt'])
export class Outcome {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_outcomes_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_outcomes_organization' })
  organization?: Organization;

  @Column({ type: 'uuid' })
  createdBy: string;

  @Column({ type: 'varchar', length: 100 })
  title: string;

  @Column({ type: 'text' })
  abstract: string;

  @Column({ type: 'varchar', length: 32 })
  field: Field;

  @Column({ type: 'text', array: true })
  keywords: string[];

  @Column({ type: 'smallint' })
  trl: number;

  @Column({ type: 'varchar', length: 32, nullable: true })
  ipType: IpType | null;

  /** Normalised application numbers, e.g. 201310699744.2. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  patentNumbers: string[];

  @Column({ type: 'text', array: true })
  transferModes: CooperationMode[];

  @Column({ type: 'bigint', nullable: true, transformer: fenTransformer })
  askingPriceFen: bigint | null;

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

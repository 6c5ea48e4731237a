import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganizationType } from './roles.js';

@Entity({ name: 'organizations' })
@Check('ck_organizations_type', `"type" IN ('enterprise', 'institution', 'broker', 'bureau')`)
@Check('ck_organizations_region', `"region" ~ '^[0-9]{6}$'`)
export class Organization {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  type: OrganizationType;

  @Index('uq_organizations_credit_code', { unique: true })
  @Column({ type: 'char', length: 18 })
  creditCode: string;

  @Column({ type: 'char', length: 6 })
  region: string;

  @Column({ type: 'boolean', default: false })
  verified: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  verifiedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  verifiedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

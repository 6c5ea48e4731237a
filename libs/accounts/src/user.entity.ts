import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Organization } from './organization.entity.js';
import type { MemberRole } from './roles.js';

@Entity({ name: 'users' })
@Check('ck_users_email_lower', `"email" = lower("email")`)
@Check('ck_users_org_role', `"org_role" IN ('admin', 'member')`)
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_users_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_users_organization' })
  organization?: Organization;

  /** Stored lower-cased: uniqueness is case-insensitive, and the check constraint keeps it so. */
  @Index('uq_users_email', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 50 })
  displayName: string;

  @Column({ type: 'varchar', length: 16, default: 'member' })
  orgRole: MemberRole;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

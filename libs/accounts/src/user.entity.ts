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

  /** Set when the user proved the address (the mailed link, an accepted invitation); null until then. */
  @Column({ type: 'timestamptz', nullable: true })
  emailVerifiedAt: Date | null;

  /** Set when an administrator removed the user: every token stops working at once. */
  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  /** Carried in every token; bumping it (logout, password change, disabling) revokes the tokens issued before. */
  @Column({ type: 'integer', default: 0 })
  tokenVersion: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organization } from './organization.entity.js';
import type { MemberRole } from './roles.js';

/**
 * An administrator's invitation to join the organization. Only the SHA-256 of the mailed token
 * is stored; accepting sets `acceptedAt` in the statement that checks it, so a link works once.
 */
@Entity({ name: 'invitations' })
@Check('ck_invitations_role', `"role" IN ('admin', 'member')`)
@Check('ck_invitations_email_lower', `"email" = lower("email")`)
export class Invitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_invitations_organization_id')
  @Column({ type: 'uuid' })
  organizationId: string;

  @ManyToOne(() => Organization, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_invitations_organization' })
  organization?: Organization;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 16 })
  role: MemberRole;

  @Index('uq_invitations_token_hash', { unique: true })
  @Column({ type: 'char', length: 64, select: false })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedBy: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedUserId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

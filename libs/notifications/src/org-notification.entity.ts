import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const ORG_NOTIFICATION_TYPES = ['match.new', 'subscription.hit', 'listing.expiring'] as const;
export type OrgNotificationType = (typeof ORG_NOTIFICATION_TYPES)[number];

/**
 * A notification to an organization (every member sees it): what happened (`type`), the ids and
 * words it is about (`payload`), and when a member marked it read. `dedupeKey` is unique, so an
 * event notifies once however often a worker replays it.
 */
@Entity({ name: 'org_notifications' })
@Check('ck_org_notifications_type', `"type" IN ('match.new', 'subscription.hit', 'listing.expiring')`)
@Index('ix_org_notifications_recipient', ['recipientOrgId', 'createdAt'])
@Index('uq_org_notifications_dedupe', ['dedupeKey'], { unique: true })
export class OrgNotification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  recipientOrgId: string;

  @Column({ type: 'varchar', length: 32 })
  type: OrgNotificationType;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'jsonb' })
  payload: Record<string, unknown>;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey: string;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ListingKind } from './listing-kinds.js';

export const INQUIRY_STATUSES = ['open', 'closed'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const INQUIRY_STATUS_LABELS: Record<InquiryStatus, string> = { open: '对接中', closed: '已关闭' };

/** 对接: one organization contacts the owner of a listing about it. */
@Entity({ name: 'inquiries' })
@Check('ck_inquiries_kind', `"listing_kind" IN ('demand', 'outcome')`)
@Check('ck_inquiries_status', `"status" IN ('open', 'closed')`)
@Check('ck_inquiries_parties', `"requester_organization_id" <> "owner_organization_id"`)
@Index('ix_inquiries_requester', ['requesterOrganizationId', 'updatedAt'])
@Index('ix_inquiries_owner', ['ownerOrganizationId', 'updatedAt'])
/** One open inquiry per organization and listing. */
@Index('uq_inquiries_open', ['listingKind', 'listingId', 'requesterOrganizationId'], { unique: true, where: `"status" = 'open'` })
export class Inquiry {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  listingKind: ListingKind;

  @Column({ type: 'uuid' })
  listingId: string;

  /** The listing's title when the inquiry was opened (listings may change later). */
  @Column({ type: 'varchar', length: 100 })
  listingTitle: string;

  @Column({ type: 'uuid' })
  ownerOrganizationId: string;

  @Column({ type: 'uuid' })
  requesterOrganizationId: string;

  @Column({ type: 'uuid' })
  openedBy: string;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: InquiryStatus;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

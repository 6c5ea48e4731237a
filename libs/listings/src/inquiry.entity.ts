import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ListingKind } from './listing-kinds.js';

export const INQUIRY_STATUSES = ['open', 'closed', 'declined'] as const;
export type InquiryStatus = (typeof INQUIRY_STATUSES)[number];
export const INQUIRY_STATUS_LABELS: Record<InquiryStatus, string> = { open: '对接中', closed: '已关闭', declined: '已婉拒' };

/** Why a listing's owner declined an inquiry; the asker sees it, the bureau counts them by field. */
export const DECLINE_REASONS = ['too_early', 'price', 'ip_unclear', 'not_our_field', 'capacity', 'other'] as const;
export type InquiryDeclineReason = (typeof DECLINE_REASONS)[number];
export const DECLINE_REASON_LABELS: Record<InquiryDeclineReason, string> = {
  too_early: '时机未到',
  price: '价格不合适',
  ip_unclear: '知识产权不清晰',
  not_our_field: '不属于我方领域',
  capacity: '暂无承接能力',
  other: '其他原因',
};

/** 对接: one organization contacts the owner of a listing about it. */
@Entity({ name: 'inquiries' })
@Check('ck_inquiries_kind', `"listing_kind" IN ('demand', 'outcome')`)
@Check('ck_inquiries_status', `"status" IN ('open', 'closed', 'declined')`)
@Check(
  'ck_inquiries_decline',
  `("status" = 'declined') = ("decline_reason" IS NOT NULL) AND ("decline_reason" IS NULL OR "decline_reason" IN ('too_early', 'price', 'ip_unclear', 'not_our_field', 'capacity', 'other'))`,
)
@Check('ck_inquiries_parties', `"requester_organization_id" <> "owner_organization_id"`)
@Check(
  'ck_inquiries_match',
  `("match_listing_id" IS NULL AND "match_rank" IS NULL) OR ("match_listing_id" IS NOT NULL AND "match_rank" BETWEEN 1 AND 100)`,
)
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

  /**
   * Where the inquiry started from a match: the listing of the other kind whose ranked matches
   * showed this one (a demand for an outcome, an outcome for a demand), and its rank there.
   * Null when the inquiry started elsewhere (search, a link). Attribution reads it.
   */
  @Column({ type: 'uuid', nullable: true })
  matchListingId: string | null;

  @Column({ type: 'smallint', nullable: true })
  matchRank: number | null;

  @Column({ type: 'varchar', length: 16, default: 'open' })
  status: InquiryStatus;

  @Column({ type: 'uuid', nullable: true })
  closedBy: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  declineReason: InquiryDeclineReason | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  declineNote: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export const FEEDBACK_SIGNALS = ['accepted', 'deal', 'declined'] as const;
export type FeedbackSignal = (typeof FEEDBACK_SIGNALS)[number];

/** Why a contact was declined; `not_relevant` weighs most against the pair. */
export const DECLINE_REASONS = ['not_relevant', 'price', 'maturity', 'timing', 'other'] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

/**
 * Evidence from the market about a listing and a counterpart organization: an inquiry accepted,
 * a deal recorded (positive), or a contact declined with a reason (negative). Matching reads it
 * as the `feedback` feature of every pair of that listing with the organization's listings.
 * Written once per source event (`source` is unique with the signal), so replays change nothing.
 */
@Entity({ name: 'match_feedback' })
@Check('ck_match_feedback_signal', `"signal" IN ('accepted', 'deal', 'declined')`)
@Check('ck_match_feedback_kind', `"listing_kind" IN ('demand', 'outcome')`)
@Check('ck_match_feedback_reason', `"reason" IS NULL OR "reason" IN ('not_relevant', 'price', 'maturity', 'timing', 'other')`)
@Index('uq_match_feedback_source', ['signal', 'source'], { unique: true })
@Index('ix_match_feedback_listing', ['listingKind', 'listingId'])
export class MatchFeedback {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 16 })
  listingKind: 'demand' | 'outcome';

  @Column({ type: 'uuid' })
  listingId: string;

  @Column({ type: 'uuid' })
  counterpartOrganizationId: string;

  @Column({ type: 'varchar', length: 16 })
  signal: FeedbackSignal;

  @Column({ type: 'varchar', length: 16, nullable: true })
  reason: DeclineReason | null;

  /** What it comes from, e.g. `inquiry:<id>` or `deal:<id>`. */
  @Column({ type: 'varchar', length: 80 })
  source: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

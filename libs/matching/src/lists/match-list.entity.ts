import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import type { FeatureVector } from '../features.js';

/**
 * A published listing's stored match list: when it was computed, and the second-round words of
 * that computation (what scoring a newcomer into the list needs besides the listing itself).
 * A listing without a row has no stored list yet; a row with no entries is a list that is empty.
 */
@Entity({ name: 'match_lists' })
@Check('ck_match_lists_kind', `"listing_kind" IN ('demand', 'outcome')`)
export class MatchList {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  listingKind: 'demand' | 'outcome';

  @PrimaryColumn({ type: 'uuid' })
  listingId: string;

  @Column({ type: 'uuid' })
  organizationId: string;

  /** The listing as the index held it when the list was computed. */
  @Column({ type: 'jsonb' })
  document: DemandDocument | OutcomeDocument;

  @Column({ type: 'text', array: true, default: () => `'{}'` })
  feedbackWords: string[];

  @Column({ type: 'timestamptz' })
  computedAt: Date;

  /** False while the first computation runs (the row only marks that it does). */
  @Column({ type: 'boolean', default: false })
  ready: boolean;

  /** How many counterparts the computation found (below the list size: a thin market then). */
  @Column({ type: 'smallint', default: 0 })
  computedSize: number;

  /**
   * A list computed in a thin market that has gained counterparts since: scores relative to a
   * small pool drift, so it is recomputed shortly (a full list is only ever extended).
   */
  @Column({ type: 'boolean', default: false })
  stale: boolean;
}

/**
 * One counterpart in a stored list, with what the match page shows (score, reasons, the
 * counterpart as the index held it) and the features it was ranked by, so that the list can be
 * re-scored and extended without a search. `rankScore` is the unrounded score the list is ordered by.
 */
@Entity({ name: 'match_list_entries' })
@Check('ck_match_list_entries_kind', `"listing_kind" IN ('demand', 'outcome')`)
@Index('ix_match_list_entries_rank', ['listingKind', 'listingId', 'rankScore'])
@Index('ix_match_list_entries_counterpart', ['counterpartId'])
export class MatchListEntry {
  @PrimaryColumn({ type: 'varchar', length: 16 })
  listingKind: 'demand' | 'outcome';

  @PrimaryColumn({ type: 'uuid' })
  listingId: string;

  @PrimaryColumn({ type: 'uuid' })
  counterpartId: string;

  @Column({ type: 'uuid' })
  counterpartOrganizationId: string;

  @Column({ type: 'double precision' })
  score: number;

  @Column({ type: 'double precision' })
  rankScore: number;

  @Column({ type: 'text', array: true })
  reasons: string[];

  @Column({ type: 'jsonb' })
  features: FeatureVector;

  @Column({ type: 'jsonb' })
  document: DemandDocument | OutcomeDocument;

  @Column({ type: 'timestamptz' })
  computedAt: Date;
}

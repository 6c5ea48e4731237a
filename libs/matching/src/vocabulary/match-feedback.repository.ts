import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { type DeclineReason, type FeedbackSignal, MatchFeedback } from './match-feedback.entity.js';

export interface EvidenceRow {
  listingKind: 'demand' | 'outcome';
  listingId: string;
  counterpartOrganizationId: string;
  signal: FeedbackSignal;
  reason: DeclineReason | null;
}

@Injectable()
export class MatchFeedbackRepository {
  constructor(@InjectRepository(MatchFeedback) private readonly repo: Repository<MatchFeedback>) {}

  /**
   * Evidence between a listing (of `subjectOrg`) and candidates (of their organizations): rows
   * about the listing with a candidate's organization, and about a candidate with the listing's.
   */
  async between(
    subject: { kind: 'demand' | 'outcome'; id: string; organizationId: string },
    candidateKind: 'demand' | 'outcome',
    candidates: { id: string; organizationId: string }[],
  ): Promise<EvidenceRow[]> {
    if (candidates.length === 0) return [];
    return (await this.repo.query(
      `SELECT listing_kind AS "listingKind", listing_id AS "listingId", counterpart_organization_id AS "counterpartOrganizationId",
              signal, reason
         FROM match_feedback
        WHERE (listing_kind = $1 AND listing_id = $2 AND counterpart_organization_id = ANY($3::uuid[]))
           OR (listing_kind = $4 AND listing_id = ANY($5::uuid[]) AND counterpart_organization_id = $6)`,
      [
        subject.kind,
        subject.id,
        [...new Set(candidates.map((c) => c.organizationId))],
        candidateKind,
        candidates.map((c) => c.id),
        subject.organizationId,
      ],
    )) as EvidenceRow[];
  }

  /** Inserts one row per source event; a replay changes nothing. */
  async record(row: Omit<MatchFeedback, 'id' | 'createdAt'>): Promise<void> {
    await this.repo.createQueryBuilder().insert().values(row).orIgnore().execute();
  }

  /**
   * Evidence from the market's own records, idempotently: an inquiry whose owner replied counts
   * as accepted, one the owner declined as declined (with the reason's evidence, as
   * DECLINE_EVIDENCE maps it); a recorded deal counts for its demand and its outcome.
   */
  async syncFromMarket(): Promise<Pick<EvidenceRow, 'listingKind' | 'listingId' | 'counterpartOrganizationId'>[]> {
    const rows = (await this.repo.query(
      `WITH accepted AS (
         SELECT i.listing_kind, i.listing_id, i.requester_organization_id AS counterpart, 'accepted' AS signal, 'inquiry:' || i.id AS source
           FROM inquiries i
          WHERE EXISTS (SELECT 1 FROM inquiry_messages m WHERE m.inquiry_id = i.id AND m.organization_id = i.owner_organization_id)
       ), declined AS (
         SELECT i.listing_kind, i.listing_id, i.requester_organization_id AS counterpart, 'declined' AS signal, 'inquiry:' || i.id AS source,
                CASE i.decline_reason WHEN 'too_early' THEN 'timing' WHEN 'price' THEN 'price'
                     WHEN 'not_our_field' THEN 'not_relevant' ELSE 'other' END AS reason
           FROM inquiries i
          WHERE i.status = 'declined'
       ), deals_demand AS (
         SELECT 'demand' AS listing_kind, d.demand_id AS listing_id, d.seller_org_id AS counterpart, 'deal' AS signal, 'deal:' || d.id || ':demand' AS source
           FROM deals d WHERE d.status = 'recorded' AND d.demand_id IS NOT NULL
       ), deals_outcome AS (
         SELECT 'outcome' AS listing_kind, d.outcome_id AS listing_id, d.buyer_org_id AS counterpart, 'deal' AS signal, 'deal:' || d.id || ':outcome' AS source
           FROM deals d WHERE d.status = 'recorded' AND d.outcome_id IS NOT NULL
       )
       INSERT INTO match_feedback (listing_kind, listing_id, counterpart_organization_id, signal, source, reason)
       SELECT listing_kind, listing_id, counterpart, signal, source, reason FROM (
         SELECT *, NULL AS reason FROM accepted UNION ALL SELECT * FROM declined
         UNION ALL SELECT *, NULL FROM deals_demand UNION ALL SELECT *, NULL FROM deals_outcome
       ) AS e
       ON CONFLICT (signal, source) DO NOTHING
       RETURNING listing_kind AS "listingKind", listing_id AS "listingId", counterpart_organization_id AS "counterpartOrganizationId"`,
    )) as Pick<EvidenceRow, 'listingKind' | 'listingId' | 'counterpartOrganizationId'>[];
    return rows;
  }
}

import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { basisColumns } from './market-region.js';
import type { BasisFilter } from './turnover-stats.repository.js';

export interface ChannelRow {
  channel: string;
  dealCount: number;
  amountFen: string;
}

export interface MatchedDealRow {
  dealId: string;
  amountFen: string;
  signedAt: string;
  inquiryId: string;
  listingKind: string;
  listingId: string;
  listingTitle: string;
  matchListingId: string;
  matchListingTitle: string | null;
  matchRank: number;
}

/** Which way a recorded contract came: the CASE below, most specific first. */
const CHANNEL = `CASE WHEN i.match_listing_id IS NOT NULL THEN 'match'
                      WHEN d.inquiry_id IS NOT NULL THEN 'inquiry'
                      WHEN d.demand_id IS NOT NULL OR d.outcome_id IS NOT NULL THEN 'listing'
                      ELSE 'elsewhere' END`;

/**
 * Where the recorded turnover came from: each recorded contract on the year's basis (its record
 * entry carries both regions) traced through its inquiry to the match it started from.
 */
@Injectable()
export class AttributionRepository {
  constructor(private readonly dataSource: DataSource) {}

  channels(year: number, filter: BasisFilter): Promise<ChannelRow[]> {
    const { own } = basisColumns(filter.basis);
    return this.dataSource.query(
      `SELECT ${CHANNEL} AS channel, count(*)::int AS "dealCount", sum(d.amount_fen)::text AS "amountFen"
         FROM deals d JOIN ledger_entries e ON e.deal_id = d.id AND e.kind = 'record'
         LEFT JOIN inquiries i ON i.id = d.inquiry_id
        WHERE d.status = 'recorded' AND d.year = $1 AND e.${own} LIKE $2
        GROUP BY 1`,
      [year, `${filter.prefix}%`],
    );
  }

  /** The largest recorded contracts that started from a match, with the listing, the inquiry and the match. */
  matchedDeals(year: number, filter: BasisFilter, limit: number): Promise<MatchedDealRow[]> {
    const { own } = basisColumns(filter.basis);
    return this.dataSource.query(
      `SELECT d.id AS "dealId", d.amount_fen::text AS "amountFen", d.signed_at::text AS "signedAt", i.id AS "inquiryId",
              i.listing_kind AS "listingKind", i.listing_id AS "listingId", i.listing_title AS "listingTitle",
              i.match_listing_id AS "matchListingId", COALESCE(md.title, mo.title) AS "matchListingTitle", i.match_rank AS "matchRank"
         FROM deals d JOIN ledger_entries e ON e.deal_id = d.id AND e.kind = 'record'
         JOIN inquiries i ON i.id = d.inquiry_id AND i.match_listing_id IS NOT NULL
         LEFT JOIN demands md ON i.listing_kind = 'outcome' AND md.id = i.match_listing_id
         LEFT JOIN outcomes mo ON i.listing_kind = 'demand' AND mo.id = i.match_listing_id
        WHERE d.status = 'recorded' AND d.year = $1 AND e.${own} LIKE $2
        ORDER BY d.amount_fen DESC, d.id LIMIT $3`,
      [year, `${filter.prefix}%`, limit],
    );
  }
}

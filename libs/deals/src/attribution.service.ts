import { Injectable } from '@nestjs/common';
import { formatFen } from '@app/common';
import { TURNOVER_BASIS_LABELS, type TurnoverBasis } from './annual-target.entity.js';
import { AttributionRepository } from './attribution.repository.js';
import { checkYear } from './targets.service.js';
import { TurnoverStatsService, percent } from './turnover-stats.service.js';

export const ATTRIBUTION_CHANNELS = ['match', 'inquiry', 'listing', 'elsewhere'] as const;
export type AttributionChannel = (typeof ATTRIBUTION_CHANNELS)[number];
export const ATTRIBUTION_CHANNEL_LABELS: Record<AttributionChannel, string> = {
  match: '经匹配推荐对接',
  inquiry: '经平台对接',
  listing: '引用平台挂牌成果或需求',
  elsewhere: '平台外登记',
};
/** Contracts from matches listed with their trace, at most. */
export const MATCHED_DEALS_LISTED = 20;

interface Share {
  dealCount: number;
  amount: string;
  /** Percent of the year's recorded turnover on the basis. */
  share: number | null;
}

export interface Attribution {
  year: number;
  basis: TurnoverBasis;
  basisLabel: string;
  total: { dealCount: number; amount: string };
  /** Through the market's own contact: an inquiry (from a match or not). */
  throughMarket: Share;
  /** Of all turnover, the part whose inquiry started from a match. */
  fromMatches: Share;
  /** Registered without an inquiry on the market (imports, the office's own registrations; a listing may be named). */
  elsewhere: Share;
  channels: (Share & { channel: AttributionChannel; label: string })[];
  matchedDeals: {
    dealId: string;
    amount: string;
    signedAt: string;
    inquiryId: string;
    listing: { kind: string; id: string; title: string };
    match: { listingId: string; title: string | null; rank: number };
  }[];
}

/**
 * Attribution (GET /stats/attribution): the year's recorded turnover, on the year's basis, by
 * the way each contract came — from a match the market proposed, an inquiry on the market, a
 * listing named without an inquiry, or registered elsewhere — and the largest from matches with
 * their trace (listing, inquiry, match). The number that shows whether the market works.
 */
@Injectable()
export class AttributionService {
  constructor(
    private readonly repo: AttributionRepository,
    private readonly turnover: TurnoverStatsService,
  ) {}

  async attribution(year: number): Promise<Attribution> {
    checkYear(year);
    const filter = await this.turnover.basisOf(year);
    const [rows, matched] = await Promise.all([
      this.repo.channels(year, filter),
      this.repo.matchedDeals(year, filter, MATCHED_DEALS_LISTED),
    ]);
    const totalFen = rows.reduce((a, r) => a + BigInt(r.amountFen), 0n);
    const share = (channels: AttributionChannel[]): Share => {
      const picked = rows.filter((r) => (channels as string[]).includes(r.channel));
      const fen = picked.reduce((a, r) => a + BigInt(r.amountFen), 0n);
      return { dealCount: picked.reduce((a, r) => a + r.dealCount, 0), amount: formatFen(fen), share: percent(fen, totalFen) };
    };
    return {
      year,
      basis: filter.basis,
      basisLabel: TURNOVER_BASIS_LABELS[filter.basis],
      total: { dealCount: rows.reduce((a, r) => a + r.dealCount, 0), amount: formatFen(totalFen) },
      throughMarket: share(['match', 'inquiry']),
      fromMatches: share(['match']),
      elsewhere: share(['listing', 'elsewhere']),
      channels: ATTRIBUTION_CHANNELS.map((channel) => ({ channel, label: ATTRIBUTION_CHANNEL_LABELS[channel], ...share([channel]) })),
      matchedDeals: matched.map((m) => ({
        dealId: m.dealId,
        amount: formatFen(m.amountFen),
        signedAt: m.signedAt,
        inquiryId: m.inquiryId,
        listing: { kind: m.listingKind, id: m.listingId, title: m.listingTitle },
        match: { listingId: m.matchListingId, title: m.matchListingTitle, rank: m.matchRank },
      })),
    };
  }
}

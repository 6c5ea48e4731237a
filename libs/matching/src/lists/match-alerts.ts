import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OrgNotifications } from '@app/notifications';
import { DataSource } from 'typeorm';
import { otherKind } from './match-list.repository.js';
import { type ListGain, MatchListObserver } from './match-lists.service.js';

/** A gain alerts when it ranks this high in the list (0 = best)… */
export const MATCH_ALERT_TOP = 5;
/** …or scores at least this. */
export const MATCH_ALERT_SCORE = 0.75;

/**
 * `match.new`: a listing gained a counterpart in its top MATCH_ALERT_TOP or above
 * MATCH_ALERT_SCORE; its organization is told once per pair (the notification's unique key),
 * never for a pair one side declined.
 */
@Injectable()
export class MatchAlerts extends MatchListObserver {
  constructor(
    private readonly notifications: OrgNotifications,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    super();
  }

  async gained(gains: ListGain[]): Promise<void> {
    const worth = gains.filter((g) => g.position < MATCH_ALERT_TOP || g.score >= MATCH_ALERT_SCORE);
    const alerts = [];
    for (const g of worth) {
      if (await this.declined(g)) continue;
      const demandId = g.listKind === 'demand' ? g.listId : g.counterpartId;
      const outcomeId = g.listKind === 'demand' ? g.counterpartId : g.listId;
      alerts.push({
        recipientOrgId: g.listOrganizationId,
        type: 'match.new' as const,
        title: `${g.listKind === 'demand' ? '新的科技成果匹配' : '新的技术需求匹配'}：${g.counterpartTitle}`,
        payload: {
          demandId,
          outcomeId,
          listingKind: g.listKind,
          listingId: g.listId,
          counterpartId: g.counterpartId,
          counterpartTitle: g.counterpartTitle,
          rank: g.position + 1,
          score: g.score,
          reasons: g.reasons,
        },
        dedupeKey: `match.new:${demandId}:${outcomeId}:${g.listOrganizationId}`,
      });
    }
    await this.notifications.notify(alerts);
  }

  /** A decline either way: about the list's listing with the counterpart's organization, or the reverse. */
  private async declined(g: ListGain): Promise<boolean> {
    const rows = (await this.dataSource.query(
      `SELECT 1 FROM match_feedback
        WHERE signal = 'declined'
          AND ((listing_kind = $1 AND listing_id = $2 AND counterpart_organization_id = $3)
            OR (listing_kind = $4 AND listing_id = $5 AND counterpart_organization_id = $6))
        LIMIT 1`,
      [g.listKind, g.listId, g.counterpartOrganizationId, otherKind(g.listKind), g.counterpartId, g.listOrganizationId],
    )) as unknown[];
    return rows.length > 0;
  }
}

import { Injectable } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { OrgNotifications } from '@app/notifications';
import { ListingChanges } from './listing-changes.service.js';
import { LISTING_KIND_LABELS, LISTING_KINDS } from './listing-kinds.js';
import { ListingRepositories } from './listing.repository.js';

const DAY_MS = 86_400_000;
/** Listings handled per kind and sweep; the next sweep takes the rest. */
const SWEEP_BATCH = 500;

/**
 * Fresh listings: a published listing its owner has not reconfirmed for LISTING_TTL_DAYS
 * expires (it leaves search and the match lists through the outbox like any status change);
 * its organization is reminded `remindDaysAhead` days before. Reconfirming
 * (`ListingChanges.reconfirm`) restarts the period and brings an expired one back.
 */
@Injectable()
export class ListingExpiry {
  constructor(
    private readonly config: AppConfig,
    private readonly repositories: ListingRepositories,
    private readonly changes: ListingChanges,
    private readonly notifications: OrgNotifications,
  ) {}

  async sweep(now = new Date()): Promise<{ expired: number; reminded: number }> {
    const { ttlDays, remindDaysAhead } = this.config.listingExpiry;
    const cutoff = new Date(now.getTime() - ttlDays * DAY_MS);
    const remindBefore = new Date(cutoff.getTime() + remindDaysAhead * DAY_MS);
    let expired = 0;
    let reminded = 0;
    for (const kind of LISTING_KINDS) {
      const repository = this.repositories.of(kind);
      for (const listing of await repository.confirmedBefore(cutoff, SWEEP_BATCH)) {
        if (await this.changes.expire(kind, listing.id, cutoff)) expired++;
      }
      const due = await repository.confirmedBefore(remindBefore, SWEEP_BATCH, true);
      await this.notifications.notify(
        due.map((l) => {
          const confirmed = l.confirmedAt ?? l.publishedAt!;
          const expiresAt = new Date(confirmed.getTime() + ttlDays * DAY_MS);
          return {
            recipientOrgId: l.organizationId,
            type: 'listing.expiring' as const,
            title: `${LISTING_KIND_LABELS[kind]}「${l.title}」即将过期，请重新确认`,
            payload: { listingKind: kind, listingId: l.id, title: l.title, expiresAt: expiresAt.toISOString() },
            dedupeKey: `listing.expiring:${kind}:${l.id}:${confirmed.toISOString()}`,
          };
        }),
      );
      await repository.markReminded(due.map((l) => l.id));
      reminded += due.length;
    }
    return { expired, reminded };
  }
}

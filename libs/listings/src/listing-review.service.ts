import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { ForbiddenError } from '@app/common';
import { ListingChanges } from './listing-changes.service.js';
import { ListingHistoryRepository } from './listing-history.repository.js';
import type { ListingKind, ListingStatus } from './listing-kinds.js';
import type { ListingStatusHistory } from './listing-status-history.entity.js';
import { ListingRepositories } from './listing.repository.js';
import type { ListingOf } from './listing-types.js';
import { listingAccess } from './listing-access.js';
import { listingNotFound } from './listings.errors.js';
import { ReviewQueueRepository, type ReviewQueueRow } from './review-queue.repository.js';

/** The bureau's review: approve or reject pending listings; the queue; the status history. */
@Injectable()
export class ListingReviewService {
  constructor(
    private readonly changes: ListingChanges,
    private readonly repositories: ListingRepositories,
    private readonly queue: ReviewQueueRepository,
    private readonly history: ListingHistoryRepository,
  ) {}

  approve<K extends ListingKind>(kind: K, actor: Principal, id: string): Promise<ListingOf<K>> {
    this.assertBureau(actor);
    return this.changes.review(kind, actor, id, 'published');
  }

  reject<K extends ListingKind>(kind: K, actor: Principal, id: string, reason: string): Promise<ListingOf<K>> {
    this.assertBureau(actor);
    return this.changes.review(kind, actor, id, 'rejected', reason.trim());
  }

  reviewQueue(kind: ListingKind | undefined, status: ListingStatus, page: number, limit: number): Promise<[ReviewQueueRow[], number]> {
    return this.queue.page(kind, status, page, limit);
  }

  /** Status history for the owner and the bureau. */
  async historyOf(kind: ListingKind, viewer: Principal, id: string): Promise<ListingStatusHistory[]> {
    const listing = await this.repositories.of(kind).findById(id);
    if (!listing || !listingAccess(listing, viewer).review) throw listingNotFound(kind);
    return this.history.listFor(kind, id);
  }

  private assertBureau(actor: Principal): void {
    if (actor.orgType !== 'bureau') throw new ForbiddenError('Only the bureau reviews listings');
  }
}

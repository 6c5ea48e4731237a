import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { DataSource, EntityManager } from 'typeorm';
import { DemandsRepository } from './demands.repository.js';
import { listingAccess } from './listing-access.js';
import { ListingHistoryRepository } from './listing-history.repository.js';
import { OPEN_STATUSES, type ListingKind, type ListingStatus } from './listing-kinds.js';
import type { ListingOutbox } from './listing-outbox.entity.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';
import type { ListingEntity, ListingRepository } from './listing.repository.js';
import { listingNotFound, listingNotOwned, listingStateConflict } from './listings.errors.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { OutcomesRepository } from './outcomes.repository.js';

export interface ListingChange<T extends ListingEntity> {
  listing: T;
  /** The status before the change; null when the listing was just created. */
  from: ListingStatus | null;
  actorUserId: string | null;
  reason?: string | null;
}

/**
 * Every write to a listing goes through here: the change, its status-history row and an
 * outbox row commit together; after the commit the outbox row is sent to the index queue.
 */
@Injectable()
export class ListingChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly demands: DemandsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly history: ListingHistoryRepository,
    private readonly outbox: ListingOutboxRepository,
    private readonly relay: OutboxRelay,
  ) {}

  repository(kind: ListingKind): ListingRepository<ListingEntity> {
    return kind === 'demand' ? this.demands : this.outcomes;
  }

  async apply<T extends ListingEntity>(kind: ListingKind, change: (manager: EntityManager) => Promise<ListingChange<T>>): Promise<T> {
    const { listing, row } = await this.dataSource.transaction(async (manager) => {
      const done = await change(manager);
      return { listing: done.listing, row: await this.record(manager, kind, done) };
    });
    await this.relay.send(row); // a failure leaves the row pending for the sweeper
    return ((await this.repository(kind).findWithOrganization(listing.id)) as T | null) ?? listing;
  }

  private async record<T extends ListingEntity>(
    manager: EntityManager,
    kind: ListingKind,
    change: ListingChange<T>,
  ): Promise<ListingOutbox> {
    const { listing, from } = change;
    if (from !== listing.status) {
      await this.history.append(manager, {
        listingKind: kind,
        listingId: listing.id,
        fromStatus: from,
        toStatus: listing.status,
        actorUserId: change.actorUserId,
        reason: change.reason ?? null,
      });
    }
    return this.outbox.insert(manager, kind, listing.id);
  }

  /**
   * Inside another transaction (a deal being recorded): a published or closed listing becomes
   * `fulfilled`, with its history and outbox rows. Returns whether it changed; the caller sends
   * the outbox row after its commit (`sendPending`).
   */
  async fulfilWithin(manager: EntityManager, kind: ListingKind, id: string): Promise<boolean> {
    const listing = await this.repository(kind).lockById(manager, id);
    if (!listing || (listing.status !== 'published' && listing.status !== 'closed')) return false;
    const from = listing.status;
    listing.status = 'fulfilled';
    await this.repository(kind).save(manager, listing);
    await this.record(manager, kind, { listing, from, actorUserId: null, reason: '技术合同已登记' });
    return true;
  }

  /** Sends a listing's outbox rows that are still pending (after a commit made elsewhere). */
  async sendPending(kind: ListingKind, id: string): Promise<void> {
    for (const row of await this.outbox.pendingFor(kind, id)) await this.relay.send(row);
  }

  /** Locks an owner's listing in an open status and lets `mutate` change it. */
  async changeOwned<T extends ListingEntity>(
    kind: ListingKind,
    actor: Principal,
    id: string,
    action: string,
    mutate: (listing: T) => void,
  ): Promise<T> {
    return this.apply<T>(kind, async (manager) => {
      const listing = (await this.repository(kind).lockById(manager, id)) as T | null;
      if (!listing) throw listingNotFound(kind);
      const access = listingAccess(listing, actor);
      if (!access.isOwner) throw access.visible ? listingNotOwned(kind) : listingNotFound(kind);
      if (!OPEN_STATUSES.includes(listing.status)) throw listingStateConflict(kind, listing.status, action);
      const from = listing.status;
      mutate(listing);
      return { listing: (await this.repository(kind).save(manager, listing)) as T, from, actorUserId: actor.userId };
    });
  }

  /** An edit sends the listing (back) to review; the index drops it until it is approved again. */
  edit<T extends ListingEntity>(kind: ListingKind, actor: Principal, id: string, mutate: (listing: T) => void): Promise<T> {
    return this.changeOwned<T>(kind, actor, id, 'edit', (listing) => {
      mutate(listing);
      listing.status = 'pending';
      listing.rejectReason = null;
    });
  }

  close<T extends ListingEntity>(kind: ListingKind, actor: Principal, id: string): Promise<T> {
    return this.changeOwned<T>(kind, actor, id, 'close', (listing) => {
      listing.status = 'closed';
    });
  }

  /** Bureau review of a pending listing. */
  review<T extends ListingEntity>(
    kind: ListingKind,
    actor: Principal,
    id: string,
    to: 'published' | 'rejected',
    reason?: string,
  ): Promise<T> {
    return this.apply<T>(kind, async (manager) => {
      const listing = (await this.repository(kind).lockById(manager, id)) as T | null;
      if (!listing) throw listingNotFound(kind);
      if (listing.status !== 'pending') throw listingStateConflict(kind, listing.status, to === 'published' ? 'approve' : 'reject');
      listing.status = to;
      listing.rejectReason = to === 'rejected' ? (reason ?? null) : null;
      if (to === 'published') listing.publishedAt = new Date();
      const saved = (await this.repository(kind).save(manager, listing)) as T;
      return { listing: saved, from: 'pending', actorUserId: actor.userId, reason: reason ?? null };
    });
  }
}

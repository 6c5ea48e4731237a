import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { DataSource, EntityManager } from 'typeorm';
import { listingAccess } from './listing-access.js';
import { ListingHistoryRepository } from './listing-history.repository.js';
import { listingRules } from './listing-kind-rules.js';
import { OPEN_STATUSES, type ListingKind, type ListingStatus } from './listing-kinds.js';
import type { ListingOutbox } from './listing-outbox.entity.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';
import { ListingRepositories } from './listing.repository.js';
import type { ListingEntity, ListingInputOf, ListingOf } from './listing-types.js';
import { listingNotFound, listingNotOwned, listingStateConflict } from './listings.errors.js';
import { OutboxRelay } from './outbox-relay.service.js';

export interface ListingChange<T extends ListingEntity> {
  listing: T;
  /** The status before the change; null when the listing was just created. */
  from: ListingStatus | null;
  actorUserId: string | null;
  reason?: string | null;
}

/** Who a new listing belongs to. */
export interface ListingOwner {
  organizationId: string;
  userId: string;
}

/**
 * Every write to a listing goes through here: the change, its status-history row and an
 * outbox row commit together; after the commit the outbox row is sent to the index queue.
 */
@Injectable()
export class ListingChanges {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repositories: ListingRepositories,
    private readonly history: ListingHistoryRepository,
    private readonly outbox: ListingOutboxRepository,
    private readonly relay: OutboxRelay,
  ) {}

  async apply<K extends ListingKind>(
    kind: K,
    change: (manager: EntityManager) => Promise<ListingChange<ListingOf<K>>>,
  ): Promise<ListingOf<K>> {
    const { listing, row } = await this.dataSource.transaction(async (manager) => {
      const done = await change(manager);
      return { listing: done.listing, row: await this.record(manager, kind, done) };
    });
    await this.relay.send(row); // a failure leaves the row pending for the sweeper
    return (await this.repositories.of(kind).findWithOrganization(listing.id)) ?? listing;
  }

  /** A new listing made from an input: `pending` when posted, `published` when it arrives reviewed. */
  create<K extends ListingKind>(
    kind: K,
    owner: ListingOwner,
    input: ListingInputOf<K>,
    as: { status: 'pending' | 'published'; actorUserId: string | null; reason?: string; publishedAt?: Date },
  ): Promise<ListingOf<K>> {
    return this.apply(kind, async (manager) => {
      const listing = await this.repositories.of(kind).insert(manager, {
        organizationId: owner.organizationId,
        createdBy: owner.userId,
        status: as.status,
        publishedAt: as.publishedAt ?? null,
        ...listingRules(kind).columns(input),
      } as Partial<ListingOf<K>>);
      return { listing, from: null, actorUserId: as.actorUserId, reason: as.reason };
    });
  }

  private async record(manager: EntityManager, kind: ListingKind, change: ListingChange<ListingEntity>): Promise<ListingOutbox> {
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
    const repository = this.repositories.of(kind);
    const listing = await repository.lockById(manager, id);
    if (!listing || (listing.status !== 'published' && listing.status !== 'closed')) return false;
    const from = listing.status;
    listing.status = 'fulfilled';
    await repository.save(manager, listing);
    await this.record(manager, kind, { listing, from, actorUserId: null, reason: '技术合同已登记' });
    return true;
  }

  /**
   * Inside another transaction (a recorded deal being cancelled): a `fulfilled` listing is back
   * on the market, `published`, with its history and outbox rows; the caller sends them after
   * its commit (`sendPending`).
   */
  async returnWithin(manager: EntityManager, kind: ListingKind, id: string): Promise<boolean> {
    const repository = this.repositories.of(kind);
    const listing = await repository.lockById(manager, id);
    if (!listing || listing.status !== 'fulfilled') return false;
    listing.status = 'published';
    await repository.save(manager, listing);
    await this.record(manager, kind, { listing, from: 'fulfilled', actorUserId: null, reason: '技术合同已撤销' });
    return true;
  }

  /** Sends a listing's outbox rows that are still pending (after a commit made elsewhere). */
  async sendPending(kind: ListingKind, id: string): Promise<void> {
    const rows = await this.outbox.pendingFor(kind, id);
    if (rows.length > 0) await this.relay.send(rows);
  }

  /** Locks an owner's listing in an open status and lets `mutate` change it. */
  changeOwned<K extends ListingKind>(
    kind: K,
    actor: Principal,
    id: string,
    action: string,
    mutate: (listing: ListingOf<K>) => void,
  ): Promise<ListingOf<K>> {
    return this.apply(kind, async (manager) => {
      const repository = this.repositories.of(kind);
      const listing = await repository.lockById(manager, id);
      if (!listing) throw listingNotFound(kind);
      const access = listingAccess(listing, actor);
      if (!access.isOwner) throw access.visible ? listingNotOwned(kind) : listingNotFound(kind);
      if (!OPEN_STATUSES.includes(listing.status)) throw listingStateConflict(kind, listing.status, action);
      const from = listing.status;
      mutate(listing);
      return { listing: await repository.save(manager, listing), from, actorUserId: actor.userId };
    });
  }

  /** An edit sends the listing (back) to review; the index drops it until it is approved again. */
  edit<K extends ListingKind>(kind: K, actor: Principal, id: string, mutate: (listing: ListingOf<K>) => void): Promise<ListingOf<K>> {
    return this.changeOwned(kind, actor, id, 'edit', (listing) => {
      mutate(listing);
      listing.status = 'pending';
      listing.rejectReason = null;
    });
  }

  close<K extends ListingKind>(kind: K, actor: Principal, id: string): Promise<ListingOf<K>> {
    return this.changeOwned(kind, actor, id, 'close', (listing) => {
      listing.status = 'closed';
    });
  }

  /**
   * The owner confirms the listing is still current: a published one stays longer, an expired
   * one is published again (and comes back into search and match lists).
   */
  reconfirm<K extends ListingKind>(kind: K, actor: Principal, id: string): Promise<ListingOf<K>> {
    return this.apply(kind, async (manager) => {
      const repository = this.repositories.of(kind);
      const listing = await repository.lockById(manager, id);
      if (!listing) throw listingNotFound(kind);
      const access = listingAccess(listing, actor);
      if (!access.isOwner) throw access.visible ? listingNotOwned(kind) : listingNotFound(kind);
      if (listing.status !== 'published' && listing.status !== 'expired') throw listingStateConflict(kind, listing.status, 'reconfirm');
      const from = listing.status;
      listing.status = 'published';
      listing.confirmedAt = new Date();
      listing.expiryRemindedAt = null;
      return {
        listing: await repository.save(manager, listing),
        from,
        actorUserId: actor.userId,
        reason: from === 'expired' ? '发布方重新确认' : null,
      };
    });
  }

  /** Expires a published listing not confirmed since `cutoff`; false when it changed meanwhile. */
  async expire(kind: ListingKind, id: string, cutoff: Date): Promise<boolean> {
    let expired = false;
    await this.apply(kind, async (manager) => {
      const repository = this.repositories.of(kind);
      const listing = await repository.lockById(manager, id);
      if (!listing) throw listingNotFound(kind);
      const confirmed = listing.confirmedAt ?? listing.publishedAt;
      const from = listing.status;
      if (listing.status === 'published' && confirmed && confirmed < cutoff) {
        listing.status = 'expired';
        expired = true;
        await repository.save(manager, listing);
      }
      return { listing, from, actorUserId: null, reason: expired ? '超过有效期未重新确认' : null };
    });
    return expired;
  }

  /** Bureau review of a pending listing. */
  review<K extends ListingKind>(
    kind: K,
    actor: Principal,
    id: string,
    to: 'published' | 'rejected',
    reason?: string,
  ): Promise<ListingOf<K>> {
    return this.apply(kind, async (manager) => {
      const repository = this.repositories.of(kind);
      const listing = await repository.lockById(manager, id);
      if (!listing) throw listingNotFound(kind);
      if (listing.status !== 'pending') throw listingStateConflict(kind, listing.status, to === 'published' ? 'approve' : 'reject');
      listing.status = to;
      listing.rejectReason = to === 'rejected' ? (reason ?? null) : null;
      if (to === 'published') listing.publishedAt = listing.confirmedAt = new Date();
      return { listing: await repository.save(manager, listing), from: 'pending', actorUserId: actor.userId, reason: reason ?? null };
    });
  }
}

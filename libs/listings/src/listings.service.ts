import { Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { ValidationFailedError } from '@app/common';
import { listingAccess, type ListingAccess } from './listing-access.js';
import { ListingChanges } from './listing-changes.service.js';
import { listingRules } from './listing-kind-rules.js';
import type { ListingKind, ListingStatus } from './listing-kinds.js';
import { ListingRepositories } from './listing.repository.js';
import type { ListingDocumentOf, ListingInputOf, ListingOf } from './listing-types.js';
import { listingNotFound, onlyPosterMayPublish } from './listings.errors.js';

/**
 * Demands (enterprises) and outcomes (institutions): post, edit, close, read. Review lives in
 * ListingReviewService. Other domains (matching, inquiries, deals) read published listings
 * here: a listing that is not published does not exist for them.
 */
@Injectable()
export class ListingsService {
  constructor(
    private readonly repositories: ListingRepositories,
    private readonly changes: ListingChanges,
  ) {}

  create<K extends ListingKind>(kind: K, actor: Principal, input: ListingInputOf<K>): Promise<ListingOf<K>> {
    if (actor.orgType !== listingRules(kind).poster) throw onlyPosterMayPublish(kind);
    return this.changes.create(kind, actor, input, { status: 'pending', actorUserId: actor.userId });
  }

  update<K extends ListingKind>(kind: K, actor: Principal, id: string, patch: Partial<ListingInputOf<K>>): Promise<ListingOf<K>> {
    const columns = listingRules(kind).columns(patch);
    if (Object.keys(columns).length === 0) throw ValidationFailedError.forField('body', 'send at least one field to change');
    return this.changes.edit(kind, actor, id, (listing) => Object.assign(listing, columns));
  }

  close<K extends ListingKind>(kind: K, actor: Principal, id: string): Promise<ListingOf<K>> {
    return this.changes.close(kind, actor, id);
  }

  /** 重新确认: the owner says the listing is still current (an expired one is published again). */
  reconfirm<K extends ListingKind>(kind: K, actor: Principal, id: string): Promise<ListingOf<K>> {
    return this.changes.reconfirm(kind, actor, id);
  }

  /** The listing with its organization, as far as the viewer may see it (404 otherwise). */
  async get<K extends ListingKind>(
    kind: K,
    viewer: Principal | undefined,
    id: string,
  ): Promise<{ listing: ListingOf<K>; access: ListingAccess }> {
    const listing = await this.repositories.of(kind).findWithOrganization(id);
    const access = listing ? listingAccess(listing, viewer) : undefined;
    if (!listing || !access?.visible) throw listingNotFound(kind);
    return { listing, access };
  }

  listMine<K extends ListingKind>(
    kind: K,
    actor: Principal,
    status: ListingStatus | undefined,
    page: number,
    limit: number,
  ): Promise<[ListingOf<K>[], number]> {
    return this.repositories.of(kind).listByOrganization(actor.organizationId, status, page, limit);
  }

  /** LISTING_NOT_FOUND unless the listing is published (what an anonymous visitor may see), without loading it. */
  async assertPublished(kind: ListingKind, id: string): Promise<void> {
    if (!(await this.repositories.of(kind).publishedIds([id])).has(id)) throw listingNotFound(kind);
  }

  /** The published listing with its organization loaded; LISTING_NOT_FOUND otherwise. */
  async published<K extends ListingKind>(kind: K, id: string): Promise<ListingOf<K>> {
    const listing = await this.repositories.of(kind).findPublishedWithOrganization(id);
    if (!listing) throw listingNotFound(kind);
    return listing;
  }

  /** The published listing as the index holds it. */
  async publishedDocument<K extends ListingKind>(kind: K, id: string): Promise<ListingDocumentOf<K>> {
    const listing = await this.published(kind, id);
    return listingRules(kind).document(listing, listing.organization?.name ?? '');
  }
}

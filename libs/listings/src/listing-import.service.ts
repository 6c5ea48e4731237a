import { Injectable } from '@nestjs/common';
import { ListingChanges, type ListingOwner } from './listing-changes.service.js';
import type { ListingKind } from './listing-kinds.js';
import type { ListingInputOf, ListingOf } from './listing-types.js';

/**
 * Listings that arrive already reviewed (demo data, migrations from an earlier platform):
 * written published, with a history row, and indexed through the same outbox as any write.
 */
@Injectable()
export class ListingImportService {
  constructor(private readonly changes: ListingChanges) {}

  publish<K extends ListingKind>(
    kind: K,
    owner: ListingOwner,
    input: ListingInputOf<K>,
    note: string,
    publishedAt = new Date(),
  ): Promise<ListingOf<K>> {
    return this.changes.create(kind, owner, input, { status: 'published', actorUserId: null, reason: note, publishedAt });
  }
}

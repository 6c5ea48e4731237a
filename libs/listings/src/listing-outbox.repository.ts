import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import type { ListingKind } from './listing-kinds.js';
import { ListingOutbox } from './listing-outbox.entity.js';

@Injectable()
export class ListingOutboxRepository {
  constructor(@InjectRepository(ListingOutbox) private readonly repo: Repository<ListingOutbox>) {}

  insert(manager: EntityManager, listingKind: ListingKind, listingId: string): Promise<ListingOutbox> {
    const repo = manager.getRepository(ListingOutbox);
    return repo.save(repo.create({ listingKind, listingId }));
  }

  /** The index now reflects the listing's current state, so every earlier row is settled too. */
  async markDone(listingKind: ListingKind, listingId: string, upToId: string): Promise<void> {
    await this.repo
      .createQueryBuilder()
      .update()
      .set({ doneAt: () => 'now()' })
      .where('listing_kind = :listingKind AND listing_id = :listingId AND id <= :upToId AND done_at IS NULL', {
        listingKind,
        listingId,
        upToId,
      })
      .execute();
  }

  /** markDone for many listings in one statement. */
  async markManyDone(rows: { listingKind: ListingKind; listingId: string; upToId: string }[]): Promise<void> {
    if (rows.length === 0) return;
    const values = rows.map((_, i) => `($${i * 3 + 1}::varchar, $${i * 3 + 2}::uuid, $${i * 3 + 3}::bigint)`).join(', ');
    await this.repo.query(
      `UPDATE listing_outbox o SET done_at = now() FROM (VALUES ${values}) AS d(kind, listing_id, up_to)
       WHERE o.listing_kind = d.kind AND o.listing_id = d.listing_id AND o.id <= d.up_to AND o.done_at IS NULL`,
      rows.flatMap((r) => [r.listingKind, r.listingId, r.upToId]),
    );
  }

  pendingFor(listingKind: ListingKind, listingId: string): Promise<ListingOutbox[]> {
    return this.repo
      .createQueryBuilder('o')
      .where('o.doneAt IS NULL AND o.listingKind = :listingKind AND o.listingId = :listingId', { listingKind, listingId })
      .orderBy('o.id', 'ASC')
      .getMany();
  }

  pendingOlderThan(seconds: number, limit: number): Promise<ListingOutbox[]> {
    return this.repo
      .createQueryBuilder('o')
      .where('o.doneAt IS NULL')
      .andWhere(`o.createdAt < now() - make_interval(secs => :seconds)`, { seconds })
      .orderBy('o.id', 'ASC')
      .take(limit)
      .getMany();
  }

  async bumpSends(id: string): Promise<number> {
    const result = await this.repo
      .createQueryBuilder()
      .update()
      .set({ sends: () => 'sends + 1' })
      .where('id = :id', { id })
      .returning('sends')
      .execute();
    return Number((result.raw as { sends: number }[])[0]?.sends ?? 0);
  }

  countPending(): Promise<number> {
    return this.repo.createQueryBuilder('o').where('o.doneAt IS NULL').getCount();
  }
}

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

  /** The rows among `ids` that are still pending, in id order (rows already settled drop out). */
  pendingByIds(ids: string[]): Promise<ListingOutbox[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.repo.createQueryBuilder('o').where('o.doneAt IS NULL AND o.id IN (:...ids)', { ids }).orderBy('o.id', 'ASC').getMany();
  }

  /** Pending rows older than `seconds`, in id order after `afterId`. */
  pendingOlderThan(seconds: number, limit: number, afterId?: string): Promise<ListingOutbox[]> {
    const qb = this.repo
      .createQueryBuilder('o')
      .where('o.doneAt IS NULL')
      .andWhere(`o.createdAt < now() - make_interval(secs => :seconds)`, { seconds });
    if (afterId !== undefined) qb.andWhere('o.id > :afterId', { afterId });
    return qb.orderBy('o.id', 'ASC').take(limit).getMany();
  }

  /** Counts one more sending of each row (a fresh job id); returns the rows as they are now. */
  async bumpSends(ids: string[]): Promise<ListingOutbox[]> {
    if (ids.length === 0) return [];
    // An UPDATE … RETURNING answers [rows, affected count].
    const [rows]: [
      { id: string; listing_kind: ListingKind; listing_id: string; sends: number; created_at: Date; done_at: Date | null }[],
      number,
    ] = await this.repo.query(
      `UPDATE listing_outbox SET sends = sends + 1 WHERE id = ANY($1::bigint[])
         RETURNING id::text, listing_kind, listing_id, sends, created_at, done_at`,
      [ids],
    );
    return rows
      .map((r) =>
        this.repo.create({
          id: r.id,
          listingKind: r.listing_kind,
          listingId: r.listing_id,
          sends: r.sends,
          createdAt: r.created_at,
          doneAt: r.done_at,
        }),
      )
      .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
  }

  /** How far the index is behind PostgreSQL: pending rows and the age of the oldest (seconds, 0 when none). */
  async lag(): Promise<{ pending: number; oldestSeconds: number }> {
    const [row]: { pending: number; oldest: number | null }[] = await this.repo.query(
      `SELECT count(*)::int AS pending, EXTRACT(EPOCH FROM now() - min(created_at))::float8 AS oldest
         FROM listing_outbox WHERE done_at IS NULL`,
    );
    return { pending: row.pending, oldestSeconds: Math.max(0, row.oldest ?? 0) };
  }

  countPending(): Promise<number> {
    return this.repo.createQueryBuilder('o').where('o.doneAt IS NULL').getCount();
  }
}

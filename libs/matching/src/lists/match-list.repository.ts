import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { MatchList, MatchListEntry } from './match-list.entity.js';

export type ListingKindName = 'demand' | 'outcome';
export const otherKind = (kind: ListingKindName): ListingKindName => (kind === 'demand' ? 'outcome' : 'demand');

/** The documents' index signature is too loose for TypeORM's partial types; the entities are complete rows. */
const row = <T>(value: T) => value as QueryDeepPartialEntity<T>;

/** How many counterparts a stored list keeps. */
export const STORED_LIST_SIZE = 50;

@Injectable()
export class MatchListRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findList(kind: ListingKindName, id: string): Promise<MatchList | null> {
    return this.dataSource.getRepository(MatchList).findOneBy({ listingKind: kind, listingId: id });
  }

  /**
   * What a match page shows, in one statement: whether the list is ready and when it was computed,
   * and its best `limit` entries (score, reasons, document; not the features) leaving out demands
   * whose deadline passed before `nowSeconds`. No list: null.
   */
  async page(
    kind: ListingKindName,
    id: string,
    limit: number,
    nowSeconds: number,
  ): Promise<{ ready: boolean; computedAt: Date; entries: Pick<MatchListEntry, 'score' | 'reasons' | 'document'>[] } | null> {
    const rows: {
      ready: boolean;
      computedAt: Date;
      score: number | null;
      reasons: string[] | null;
      document: MatchListEntry['document'] | null;
    }[] = await this.dataSource.query(
      `SELECT l.ready, l.computed_at AS "computedAt", e.score, e.reasons, e.document
           FROM match_lists l
           LEFT JOIN LATERAL (
             SELECT x.score, x.reasons, x.document FROM match_list_entries x
              WHERE x.listing_kind = l.listing_kind AND x.listing_id = l.listing_id
                AND ($3 = 'demand' OR (x.document->>'deadline') IS NULL OR (x.document->>'deadline')::double precision >= $4)
              ORDER BY x.rank_score DESC, x.counterpart_id ASC
              LIMIT $5) e ON true
          WHERE l.listing_kind = $1 AND l.listing_id = $2`,
      [kind, id, kind, nowSeconds, limit],
    );
    if (rows.length === 0) return null;
    const entries = rows.filter((r) => r.document !== null).map((r) => ({ score: r.score!, reasons: r.reasons!, document: r.document! }));
    return { ready: rows[0].ready, computedAt: rows[0].computedAt, entries };
  }

  /** The list's entries, best first. */
  entries(kind: ListingKindName, id: string, limit = STORED_LIST_SIZE): Promise<MatchListEntry[]> {
    return this.dataSource
      .getRepository(MatchListEntry)
      .createQueryBuilder('e')
      .where('e.listingKind = :kind AND e.listingId = :id', { kind, id })
      .orderBy('e.rankScore', 'DESC')
      .addOrderBy('e.counterpartId', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Marks a list as being computed (a row with no entries, unless there is one already), before
   * its search runs: a counterpart indexed meanwhile then finds the list and scores itself in.
   */
  async begin(list: MatchList): Promise<void> {
    await this.dataSource.getRepository(MatchList).createQueryBuilder().insert().values(row(list)).orIgnore().execute();
  }

  /**
   * Writes a freshly computed list in place of the old one, under the list's row lock. Entries
   * that counterparts scored in after `startedAt` (indexed while the search ran) stay (the new
   * entries carry `startedAt` itself); counterparts
   * that left the market while it ran go.
   */
  async replace(list: MatchList, entries: MatchListEntry[], startedAt: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await manager.getRepository(MatchList).upsert(row(list), ['listingKind', 'listingId']);
      await manager.query('SELECT 1 FROM match_lists WHERE listing_kind = $1 AND listing_id = $2 FOR UPDATE', [
        list.listingKind,
        list.listingId,
      ]);
      await manager.query(
        `DELETE FROM match_list_entries
          WHERE listing_kind = $1 AND listing_id = $2 AND (computed_at <= $3 OR counterpart_id = ANY($4::uuid[]))`,
        [list.listingKind, list.listingId, startedAt, entries.map((e) => e.counterpartId)],
      );
      if (entries.length > 0) await manager.getRepository(MatchListEntry).insert(entries.map(row));
      const counterparts = list.listingKind === 'demand' ? 'outcomes' : 'demands';
      await manager.query(
        `DELETE FROM match_list_entries e
          WHERE e.listing_kind = $1 AND e.listing_id = $2
            AND NOT EXISTS (SELECT 1 FROM ${counterparts} c WHERE c.id = e.counterpart_id AND c.status = 'published')`,
        [list.listingKind, list.listingId],
      );
      await this.trim(manager, list.listingKind, list.listingId);
    });
  }

  private async trim(manager: EntityManager, kind: ListingKindName, id: string): Promise<void> {
    await manager.query(
      `DELETE FROM match_list_entries e USING (
         SELECT counterpart_id FROM match_list_entries WHERE listing_kind = $1 AND listing_id = $2
          ORDER BY rank_score DESC, counterpart_id ASC OFFSET $3) AS beyond
        WHERE e.listing_kind = $1 AND e.listing_id = $2 AND e.counterpart_id = beyond.counterpart_id`,
      [kind, id, STORED_LIST_SIZE],
    );
  }

  /** A listing that left the market: its own list, and its place in every other list. */
  async removeEverywhere(kind: ListingKindName, id: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.delete(MatchListEntry, { listingKind: kind, listingId: id });
      await manager.delete(MatchList, { listingKind: kind, listingId: id });
      const removed = await manager.delete(MatchListEntry, { listingKind: otherKind(kind), counterpartId: id });
      return removed.affected ?? 0;
    });
  }

  /**
   * Takes a listing that was indexed again out of the other lists whose entry of it is older than
   * `before` (the start of its refresh): the lists it was scored into since hold a newer entry
   * (written in place), and so do lists that computed themselves since; the rest it no longer
   * ranks in.
   */
  async removeFromOthersBefore(kind: ListingKindName, id: string, before: Date): Promise<number> {
    const [, affected] = (await this.dataSource.query(
      'DELETE FROM match_list_entries WHERE listing_kind = $1 AND counterpart_id = $2 AND computed_at < $3',
      [otherKind(kind), id, before],
    )) as [unknown, number];
    return affected;
  }

  /**
   * Puts an entry into a list where it ranks, under the list's row lock (two newcomers for the
   * same list queue up), and trims the list to STORED_LIST_SIZE. Returns the entry's position
   * (0 = best) and whether the list now wants recomputing, or null when it does not rank.
   */
  async insertRanked(entry: MatchListEntry): Promise<{ position: number; stale: boolean } | null> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await manager
        .getRepository(MatchList)
        .createQueryBuilder('l')
        .setLock('pessimistic_write')
        .where('l.listingKind = :kind AND l.listingId = :id', { kind: entry.listingKind, id: entry.listingId })
        .getOne();
      if (!locked) return null;
      const above = await this.countAbove(manager, entry);
      if (above >= STORED_LIST_SIZE) return null;
      await manager.getRepository(MatchListEntry).upsert(row(entry), ['listingKind', 'listingId', 'counterpartId']);
      await this.trim(manager, entry.listingKind, entry.listingId);
      const stale = locked.computedSize < STORED_LIST_SIZE;
      if (stale && !locked.stale)
        await manager.update(MatchList, { listingKind: entry.listingKind, listingId: entry.listingId }, { stale });
      return { position: above, stale };
    });
  }

  private async countAbove(manager: EntityManager, entry: MatchListEntry): Promise<number> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS n FROM match_list_entries
        WHERE listing_kind = $1 AND listing_id = $2 AND counterpart_id <> $3 AND rank_score > $4`,
      [entry.listingKind, entry.listingId, entry.counterpartId, entry.rankScore],
    )) as { n: number }[];
    return row.n;
  }

  /** Stored lists, a page at a time in key order (for re-ranking them all). */
  async listKeys(after: { kind: string; id: string } | null, limit: number): Promise<{ kind: ListingKindName; id: string }[]> {
    const rows = (await this.dataSource.query(
      `SELECT listing_kind AS kind, listing_id AS id FROM match_lists
        WHERE ($1::text IS NULL OR (listing_kind, listing_id) > ($1::text, $2::uuid))
        ORDER BY listing_kind, listing_id LIMIT $3`,
      [after?.kind ?? null, after?.id ?? null, limit],
    )) as { kind: ListingKindName; id: string }[];
    return rows;
  }

  /**
   * Entries of a pair: in the listing's own list, its entries of the organization's listings; in
   * the lists of the organization's listings, the listing (to re-score them after new evidence).
   */
  async pairEntries(kind: ListingKindName, id: string, organizationId: string): Promise<MatchListEntry[]> {
    const repo = this.dataSource.getRepository(MatchListEntry);
    const own = await repo.findBy({ listingKind: kind, listingId: id, counterpartOrganizationId: organizationId });
    const theirs = await repo
      .createQueryBuilder('e')
      .innerJoin(MatchList, 'l', 'l.listingKind = e.listingKind AND l.listingId = e.listingId')
      .where('e.listingKind = :other AND e.counterpartId = :id AND l.organizationId = :org', {
        other: otherKind(kind),
        id,
        org: organizationId,
      })
      .getMany();
    return [...own, ...theirs];
  }

  async rescore(entries: MatchListEntry[]): Promise<void> {
    if (entries.length === 0) return;
    await this.dataSource.transaction(async (manager) => {
      for (const e of entries)
        await manager.update(
          MatchListEntry,
          { listingKind: e.listingKind, listingId: e.listingId, counterpartId: e.counterpartId },
          { score: e.score, rankScore: e.rankScore, features: e.features, reasons: e.reasons },
        );
    });
  }
}

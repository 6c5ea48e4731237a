import { Injectable, Logger } from '@nestjs/common';
import { SearchService, type IndexName } from '@app/search';
import type { Task } from 'meilisearch';
import { listingRules } from './listing-kind-rules.js';
import type { ListingKind } from './listing-kinds.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';
import { ListingRepositories } from './listing.repository.js';
import type { ListingOf } from './listing-types.js';

const TASK_TIMEOUT_MS = 60000;
const BATCH = 10_000;
/** How long the first index call of a batch waits for others to join it. */
const BATCH_WINDOW_MS = 50;

/** Progress of a long pass over an index: `done` of `total` listings. */
export type IndexProgress = (progress: { index: IndexName; done: number; total: number }) => void;

/** A listing an index job brought in line, and how (what follow-up work, such as match lists, keys on). */
export interface SyncedListing {
  kind: ListingKind;
  id: string;
  outboxId: string;
  result: 'indexed' | 'removed';
}

interface PendingSync {
  listingId: string;
  outboxId?: string;
  resolve: (result: 'indexed' | 'removed') => void;
  reject: (error: unknown) => void;
}

/**
 * Brings the search indexes in line with PostgreSQL. A job carries only a listing id: the
 * listing's current state decides between upsert and delete, so repeated or out-of-order
 * jobs converge on the same index.
 */
@Injectable()
export class ListingIndexer {
  private readonly logger = new Logger(ListingIndexer.name);

  constructor(
    private readonly search: SearchService,
    private readonly repositories: ListingRepositories,
    private readonly outbox: ListingOutboxRepository,
  ) {}

  /**
   * One index job: the listings of these outbox rows (rows already settled drop out) brought in
   * line with PostgreSQL, then the rows settled. A chunk of a bulk is one Meilisearch write per kind.
   */
  async indexOutbox(outboxIds: string[]): Promise<{ indexed: number; removed: number; settled: number; synced: SyncedListing[] }> {
    const rows = await this.outbox.pendingByIds(outboxIds);
    const results = await Promise.all(rows.map((row) => this.sync(row.listingKind, row.listingId, row.id)));
    return {
      indexed: results.filter((r) => r === 'indexed').length,
      removed: results.filter((r) => r === 'removed').length,
      settled: rows.length,
      synced: rows.map((row, i) => ({ kind: row.listingKind, id: row.listingId, outboxId: row.id, result: results[i] })),
    };
  }

  /**
   * Indexes or removes one listing, then settles its outbox rows up to `outboxId`. Calls that
   * arrive together (the worker runs many index jobs at once) are written to Meilisearch
   * together: one task per kind for up to BATCH listings, instead of one task each.
   */
  sync(kind: ListingKind, listingId: string, outboxId?: string): Promise<'indexed' | 'removed'> {
    return new Promise((resolve, reject) => {
      const batch = (this.batches[kind] ??= { items: [], timer: undefined });
      batch.items.push({ listingId, outboxId, resolve, reject });
      if (batch.items.length >= BATCH) void this.flush(kind);
      else batch.timer ??= setTimeout(() => void this.flush(kind), BATCH_WINDOW_MS);
    });
  }

  private readonly batches: Partial<Record<ListingKind, { items: PendingSync[]; timer: NodeJS.Timeout | undefined }>> = {};

  private async flush(kind: ListingKind): Promise<void> {
    const batch = this.batches[kind];
    if (!batch || batch.items.length === 0) return;
    clearTimeout(batch.timer);
    const items = batch.items;
    this.batches[kind] = undefined;
    try {
      const results = await this.syncMany(kind, [...new Set(items.map((i) => i.listingId))]);
      const settled = items.filter((i) => i.outboxId).map((i) => ({ listingKind: kind, listingId: i.listingId, upToId: i.outboxId! }));
      await this.outbox.markManyDone(settled);
      for (const item of items) item.resolve(results.get(item.listingId) ?? 'removed');
    } catch (error) {
      for (const item of items) item.reject(error);
    }
  }

  /**
   * Writes the listings' current state to the index. A change committed while we wrote is caught
   * by comparing versions afterwards; those listings go round again (three rounds settle any burst).
   */
  private async syncMany<K extends ListingKind>(kind: K, ids: string[]): Promise<Map<string, 'indexed' | 'removed'>> {
    await this.ensureSettings();
    const results = new Map<string, 'indexed' | 'removed'>();
    let todo = ids;
    for (let round = 0; round < 3 && todo.length > 0; round++) {
      const listings = await this.repositories.of(kind).findManyWithOrganization(todo);
      const published = listings.filter((l) => l.status === 'published');
      const removed = todo.filter((id) => !published.some((l) => l.id === id));
      const index = this.search.index(listingRules(kind).index);
      const tasks: Promise<Task>[] = [];
      if (published.length > 0)
        tasks.push(this.search.waitForTask(index.addDocuments(published.map((l) => this.document(kind, l))), TASK_TIMEOUT_MS));
      if (removed.length > 0) tasks.push(this.search.waitForTask(index.deleteDocuments(removed), TASK_TIMEOUT_MS));
      // Settle both before failing, so that no rejected request is left unobserved.
      const settled = await Promise.allSettled(tasks.map((task) => this.wait(task)));
      const failed = settled.find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
      for (const l of published) results.set(l.id, 'indexed');
      for (const id of removed) results.set(id, 'removed');
      const read = new Map(listings.map((l) => [l.id, l.updatedAt.getTime()]));
      const now = await this.repositories.of(kind).versions(todo);
      todo = todo.filter((id) => now.get(id) !== read.get(id));
    }
    return results;
  }

  /** Rebuilds both indexes from PostgreSQL: upserts every published listing, removes the rest. */
  async reindexAll(onProgress?: IndexProgress): Promise<Record<IndexName, { indexed: number; removed: number }>> {
    await this.search.ensureIndexes();
    return { demands: await this.reindex('demand', onProgress), outcomes: await this.reindex('outcome', onProgress) };
  }

  /**
   * Rebuilds both indexes when one of them holds no document while PostgreSQL has published
   * listings of its kind: a new or lost Meilisearch data folder beside a database that was seeded
   * or restored before, which the outbox, having nothing pending, would never repair. Anything
   * short of an empty index is left to the outbox and `index:check`. Meant to run before the
   * workers start (`npm start`, compose's one-shot service), so that no index job races it.
   */
  async reindexIfEmpty(
    onProgress?: IndexProgress,
  ): Promise<{ reindexed: false } | ({ reindexed: true; empty: IndexName[] } & Record<IndexName, { indexed: number; removed: number }>)> {
    await this.search.ensureIndexes();
    const empty: IndexName[] = [];
    for (const kind of ['demand', 'outcome'] as const) {
      const index = listingRules(kind).index;
      const [published, stats] = await Promise.all([this.repositories.of(kind).countPublished(), this.search.index(index).getStats()]);
      if (published > 0 && stats.numberOfDocuments === 0) empty.push(index);
    }
    if (empty.length === 0) return { reindexed: false };
    this.logger.log(`search index ${empty.join(' and ')} empty beside published listings: rebuilding from PostgreSQL`);
    return { reindexed: true, empty, ...(await this.reindexAll(onProgress)) };
  }

  private async reindex<K extends ListingKind>(kind: K, onProgress?: IndexProgress): Promise<{ indexed: number; removed: number }> {
    const index = this.search.index(listingRules(kind).index);
    const total = await this.repositories.of(kind).countPublished();
    let indexed = 0;
    let after: string | null = null;
    onProgress?.({ index: listingRules(kind).index, done: 0, total });
    for (;;) {
      const batch = await this.repositories.of(kind).publishedBatch(after, BATCH);
      if (batch.length === 0) break;
      await this.wait(this.search.waitForTask(index.addDocuments(batch.map((l) => this.document(kind, l))), TASK_TIMEOUT_MS));
      indexed += batch.length;
      after = batch[batch.length - 1].id;
      onProgress?.({ index: listingRules(kind).index, done: indexed, total: Math.max(total, indexed) });
    }
    return { indexed, removed: await this.removeUnpublished(kind) };
  }

  private async removeUnpublished(kind: ListingKind): Promise<number> {
    const index = this.search.index(listingRules(kind).index);
    const stale: string[] = [];
    for (let offset = 0; ; offset += BATCH) {
      const page = await index.getDocuments<{ id: string }>({ fields: ['id'], limit: BATCH, offset });
      const ids = page.results.map((d) => d.id);
      const published = await this.repositories.of(kind).publishedIds(ids);
      stale.push(...ids.filter((id) => !published.has(id)));
      if (page.results.length < BATCH) break;
    }
    if (stale.length > 0) await this.wait(this.search.waitForTask(index.deleteDocuments(stale), TASK_TIMEOUT_MS));
    return stale.length;
  }

  private document<K extends ListingKind>(kind: K, listing: ListingOf<K>) {
    return listingRules(kind).document(listing, listing.organization?.name ?? '');
  }

  /** A failed Meilisearch task fails the job, so BullMQ retries it with backoff. */
  private async wait(task: Promise<Task>): Promise<void> {
    const done = await task;
    if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`);
  }

  /** An index created by a document write would lack our settings; make sure they are in force first. */
  private async ensureSettings(): Promise<void> {
    if (!this.search.settingsApplied) {
      this.logger.log('applying index settings before indexing');
      await this.search.ensureIndexes();
    }
  }
}

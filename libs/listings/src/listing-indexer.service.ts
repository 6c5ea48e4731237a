import { Injectable, Logger } from '@nestjs/common';
import { SearchService, type IndexName } from '@app/search';
import type { Task } from 'meilisearch';
import { DemandsRepository } from './demands.repository.js';
import type { Demand } from './demand.entity.js';
import { toDemandDocument, toOutcomeDocument } from './listing-documents.js';
import type { ListingKind } from './listing-kinds.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';
import type { ListingEntity, ListingRepository } from './listing.repository.js';
import type { Outcome } from './outcome.entity.js';
import { OutcomesRepository } from './outcomes.repository.js';

const INDEX_OF: Record<ListingKind, IndexName> = { demand: 'demands', outcome: 'outcomes' };
const TASK_TIMEOUT_MS = 60000;
const BATCH = 500;

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
    private readonly demands: DemandsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly outbox: ListingOutboxRepository,
  ) {}

  /** Indexes or removes one listing, then settles its outbox rows up to `outboxId`. */
  async sync(kind: ListingKind, listingId: string, outboxId?: string): Promise<'indexed' | 'removed'> {
    await this.ensureSettings();
    let result: 'indexed' | 'removed' = 'removed';
    // A change committed while we wrote is caught by the re-read; three rounds settle any burst.
    for (let round = 0; round < 3; round++) {
      const listing = await this.repository(kind).findWithOrganization(listingId);
      result = await this.apply(kind, listingId, listing);
      const after = await this.repository(kind).findById(listingId);
      if (after?.updatedAt.getTime() === listing?.updatedAt.getTime()) break;
    }
    if (outboxId) await this.outbox.markDone(kind, listingId, outboxId);
    return result;
  }

  /** Rebuilds both indexes from PostgreSQL: upserts every published listing, removes the rest. */
  async reindexAll(): Promise<Record<IndexName, { indexed: number; removed: number }>> {
    await this.search.ensureIndexes();
    return { demands: await this.reindex('demand'), outcomes: await this.reindex('outcome') };
  }

  private async reindex(kind: ListingKind): Promise<{ indexed: number; removed: number }> {
    const index = this.search.index(INDEX_OF[kind]);
    let indexed = 0;
    let after: string | null = null;
    for (;;) {
      const batch = await this.repository(kind).publishedBatch(after, BATCH);
      if (batch.length === 0) break;
      await this.wait(index.addDocuments(batch.map((l) => this.document(kind, l))).waitTask({ timeout: TASK_TIMEOUT_MS }));
      indexed += batch.length;
      after = batch[batch.length - 1].id;
    }
    return { indexed, removed: await this.removeUnpublished(kind) };
  }

  private async removeUnpublished(kind: ListingKind): Promise<number> {
    const index = this.search.index(INDEX_OF[kind]);
    const stale: string[] = [];
    for (let offset = 0; ; offset += BATCH) {
      const page = await index.getDocuments<{ id: string }>({ fields: ['id'], limit: BATCH, offset });
      const ids = page.results.map((d) => d.id);
      const published = await this.repository(kind).publishedIds(ids);
      stale.push(...ids.filter((id) => !published.has(id)));
      if (page.results.length < BATCH) break;
    }
    if (stale.length > 0) await this.wait(index.deleteDocuments(stale).waitTask({ timeout: TASK_TIMEOUT_MS }));
    return stale.length;
  }

  private async apply(kind: ListingKind, id: string, listing: ListingEntity | null): Promise<'indexed' | 'removed'> {
    const index = this.search.index(INDEX_OF[kind]);
    if (listing?.status === 'published') {
      await this.wait(index.addDocuments([this.document(kind, listing)]).waitTask({ timeout: TASK_TIMEOUT_MS }));
      return 'indexed';
    }
    await this.wait(index.deleteDocument(id).waitTask({ timeout: TASK_TIMEOUT_MS }));
    return 'removed';
  }

  private document(kind: ListingKind, listing: ListingEntity) {
    const orgName = listing.organization?.name ?? '';
    return kind === 'demand' ? toDemandDocument(listing as Demand, orgName) : toOutcomeDocument(listing as Outcome, orgName);
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

  private repository(kind: ListingKind): ListingRepository<ListingEntity> {
    return kind === 'demand' ? this.demands : this.outcomes;
  }
}

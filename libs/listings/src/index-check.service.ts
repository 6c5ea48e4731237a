import { Injectable } from '@nestjs/common';
import { SearchService, type IndexName } from '@app/search';
import { isDeepStrictEqual } from 'node:util';
import { DemandsRepository } from './demands.repository.js';
import type { Demand } from './demand.entity.js';
import { toDemandDocument, toOutcomeDocument } from './listing-documents.js';
import type { ListingKind } from './listing-kinds.js';
import type { ListingEntity, ListingRepository } from './listing.repository.js';
import type { Outcome } from './outcome.entity.js';
import { OutcomesRepository } from './outcomes.repository.js';

const INDEX_OF: Record<ListingKind, IndexName> = { demand: 'demands', outcome: 'outcomes' };
const BATCH = 1000;

export interface IndexDifference {
  index: IndexName;
  /** Published in PostgreSQL, absent from the index. */
  missing: string[];
  /** In the index, not published in PostgreSQL. */
  extra: string[];
  /** In both, but the document differs from what the listing maps to. */
  stale: string[];
}

export interface IndexCheckReport {
  clean: boolean;
  indexes: (IndexDifference & { published: number; indexed: number })[];
}

/**
 * Compares each search index with PostgreSQL's published listings, document by document:
 * after an outage the index must equal what the listings map to, exactly.
 */
@Injectable()
export class IndexCheck {
  constructor(
    private readonly search: SearchService,
    private readonly demands: DemandsRepository,
    private readonly outcomes: OutcomesRepository,
  ) {}

  async check(): Promise<IndexCheckReport> {
    const indexes = [await this.compare('demand'), await this.compare('outcome')];
    return { clean: indexes.every((d) => d.missing.length + d.extra.length + d.stale.length === 0), indexes };
  }

  private async compare(kind: ListingKind): Promise<IndexCheckReport['indexes'][number]> {
    const expected = new Map<string, object>();
    const repo: ListingRepository<ListingEntity> = kind === 'demand' ? this.demands : this.outcomes;
    for (let after: string | null = null; ;) {
      const batch: ListingEntity[] = await repo.publishedBatch(after, BATCH);
      if (batch.length === 0) break;
      for (const l of batch) expected.set(l.id, this.document(kind, l));
      after = batch[batch.length - 1].id;
    }
    const actual = new Map<string, object>();
    const index = this.search.index(INDEX_OF[kind]);
    for (let offset = 0; ; offset += BATCH) {
      const page = await index.getDocuments<Record<string, unknown> & { id: string }>({ limit: BATCH, offset });
      for (const doc of page.results) actual.set(doc.id, doc);
      if (page.results.length < BATCH) break;
    }
    const missing = [...expected.keys()].filter((id) => !actual.has(id));
    const extra = [...actual.keys()].filter((id) => !expected.has(id));
    const stale = [...expected.entries()]
      .filter(([id, doc]) => actual.has(id) && !isDeepStrictEqual(normalise(actual.get(id)!), normalise(doc)))
      .map(([id]) => id);
    return { index: INDEX_OF[kind], published: expected.size, indexed: actual.size, missing, extra, stale };
  }

  private document(kind: ListingKind, listing: ListingEntity): object {
    const orgName = listing.organization?.name ?? '';
    return kind === 'demand' ? toDemandDocument(listing as Demand, orgName) : toOutcomeDocument(listing as Outcome, orgName);
  }
}

/** JSON round trip: the index stores JSON, so `undefined` fields vanish there too. */
function normalise(doc: object): unknown {
  return JSON.parse(JSON.stringify(doc));
}

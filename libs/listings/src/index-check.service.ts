import { Injectable } from '@nestjs/common';
import { SearchService, type IndexName } from '@app/search';
import { isDeepStrictEqual } from 'node:util';
import { listingRules } from './listing-kind-rules.js';
import type { ListingKind } from './listing-kinds.js';
import type { IndexProgress } from './listing-indexer.service.js';
import { ListingRepositories } from './listing.repository.js';

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
    private readonly repositories: ListingRepositories,
  ) {}

  /** `onProgress` hears, per index, how many listings and documents have been read of both. */
  async check(onProgress?: IndexProgress): Promise<IndexCheckReport> {
    const indexes = [await this.compare('demand', onProgress), await this.compare('outcome', onProgress)];
    return { clean: indexes.every((d) => d.missing.length + d.extra.length + d.stale.length === 0), indexes };
  }

  private async compare<K extends ListingKind>(kind: K, onProgress?: IndexProgress): Promise<IndexCheckReport['indexes'][number]> {
    const rules = listingRules(kind);
    const expected = new Map<string, object>();
    const actual = new Map<string, object>();
    const index = this.search.index(rules.index);
    const [published, stats] = await Promise.all([this.repositories.of(kind).countPublished(), index.getStats()]);
    const total = published + stats.numberOfDocuments;
    const report = () =>
      onProgress?.({ index: rules.index, done: expected.size + actual.size, total: Math.max(total, expected.size + actual.size) });
    report();
    for (let after: string | null = null; ;) {
      const batch = await this.repositories.of(kind).publishedBatch(after, BATCH);
      if (batch.length === 0) break;
      for (const l of batch) expected.set(l.id, rules.document(l, l.organization?.name ?? ''));
      after = batch[batch.length - 1].id;
      report();
    }
    for (let offset = 0; ; offset += BATCH) {
      const page = await index.getDocuments<Record<string, unknown> & { id: string }>({ limit: BATCH, offset });
      for (const doc of page.results) actual.set(doc.id, doc);
      report();
      if (page.results.length < BATCH) break;
    }
    const missing = [...expected.keys()].filter((id) => !actual.has(id));
    const extra = [...actual.keys()].filter((id) => !expected.has(id));
    const stale = [...expected.entries()]
      .filter(([id, doc]) => actual.has(id) && !isDeepStrictEqual(normalise(actual.get(id)!), normalise(doc)))
      .map(([id]) => id);
    return { index: rules.index, published: expected.size, indexed: actual.size, missing, extra, stale };
  }
}

/** JSON round trip: the index stores JSON, so `undefined` fields vanish there too. */
function normalise(doc: object): unknown {
  return JSON.parse(JSON.stringify(doc));
}

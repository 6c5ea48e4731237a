import { Injectable, Logger } from '@nestjs/common';
import { SearchService, type IndexName } from '@app/search';
import type { SearchParams } from 'meilisearch';
import { listingRules } from './listing-kind-rules.js';
import type { ListingKind } from './listing-kinds.js';
import type { ListingDocumentOf, ListingSearchOf } from './listing-types.js';
import { searchUnavailable } from './listings.errors.js';

export type Highlighted<D> = D & { _formatted?: Partial<Record<keyof D, unknown>> };

export interface SearchPage<D> {
  hits: Highlighted<D>[];
  total: number;
  /** facet → value → count */
  facets: Record<string, Record<string, number>>;
}

/** Full-text search over published listings. Meilisearch being away is a 503, never a 500. */
@Injectable()
export class ListingSearchService {
  private readonly logger = new Logger(ListingSearchService.name);

  constructor(private readonly search: SearchService) {}

  find<K extends ListingKind>(kind: K, query: ListingSearchOf<K>): Promise<SearchPage<ListingDocumentOf<K>>> {
    const rules = listingRules(kind);
    return this.run<ListingDocumentOf<K>>(rules.index, query.q, rules.search(query));
  }

  private async run<D extends Record<string, unknown>>(
    name: IndexName,
    q: string | undefined,
    params: SearchParams,
  ): Promise<SearchPage<D>> {
    try {
      const result = await this.search.index<D>(name).search(q?.trim() || null, params);
      return {
        hits: result.hits as Highlighted<D>[],
        total: 'totalHits' in result ? (result.totalHits as number) : result.hits.length,
        facets: (result.facetDistribution ?? {}) as Record<string, Record<string, number>>,
      };
    } catch (error) {
      this.logger.warn(`search on ${name} failed: ${(error as Error).message}`);
      throw searchUnavailable();
    }
  }
}

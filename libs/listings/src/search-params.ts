/**
 * Search requests for the listing indexes. Attribute names come from here; every value a
 * caller sends goes through the `filter` builder, so no input can widen a filter.
 */
import { fenToIndexNumber, type CooperationMode, type Field, type TrlStage } from '@app/common';
import { regionSearchPrefix } from '@app/regions';
import { filter } from '@app/search';
import type { SearchParams } from 'meilisearch';

/** relevance (the default with `q`) or newest (the default without). */
export const SEARCH_SORTS = ['relevance', 'newest'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

interface Paging {
  q?: string;
  sort?: SearchSort;
  page: number;
  limit: number;
}

export interface DemandSearchQuery extends Paging {
  field?: Field;
  /** A province (`33`), a city (`3311`) or a county (`331127`), or the 6-digit code of one. */
  region?: string;
  mode?: CooperationMode;
  /** Only demands whose budget is at least this many fen (demands without a budget are left out). */
  budgetMinFen?: bigint;
}

export interface OutcomeSearchQuery extends Paging {
  field?: Field;
  trlMin?: number;
  stage?: TrlStage;
  mode?: CooperationMode;
  /** Only outcomes asking at most this many fen (outcomes without a price are left out). */
  priceMaxFen?: bigint;
}

const PRE = '<em>';
const POST = '</em>';

/**
 * The attributes a search hit is answered with (apps/api search.response.ts reads these and no
 * others). The long text is not among them: it comes cropped around the matches in `_formatted`,
 * which Meilisearch fills with the retrieved, highlighted and cropped attributes only; retrieving
 * everything sent each hit's whole description twice, for the api to parse and drop.
 */
const HIT_BASE = ['id', 'title', 'field', 'keywords', 'organizationId', 'organizationName', 'publishedAt'];
const DEMAND_HIT = [...HIT_BASE, 'budgetMaxFen', 'deadline', 'region', 'cooperationModes'];
const OUTCOME_HIT = [...HIT_BASE, 'trl', 'stage', 'transferModes', 'askingPriceFen'];

function common(query: Paging, snippetOf: string, attributesToRetrieve: string[]): SearchParams {
  return {
    page: query.page,
    hitsPerPage: query.limit,
    // Without words to rank by, relevance means nothing: newest first, unless asked otherwise.
    sort: query.sort === 'newest' || (query.sort === undefined && !query.q?.trim()) ? ['publishedAt:desc'] : undefined,
    attributesToRetrieve,
    // Only what the answer's highlight shows: the title and the snippet.
    attributesToHighlight: ['title', snippetOf],
    attributesToCrop: [snippetOf],
    cropLength: 60,
    cropMarker: '…',
    highlightPreTag: PRE,
    highlightPostTag: POST,
  };
}

export function demandSearchParams(query: DemandSearchQuery): SearchParams {
  return {
    ...common(query, 'description', DEMAND_HIT),
    facets: ['field', 'cooperationModes'],
    filter: filter.and(
      query.field && filter.eq('field', query.field),
      // A value that names no place still goes through the escaping builder (and matches nothing).
      query.region && filter.eq('regionPrefixes', regionSearchPrefix(query.region) ?? query.region),
      query.mode && filter.eq('cooperationModes', query.mode),
      query.budgetMinFen !== undefined && filter.gte('budgetMaxFen', fenToIndexNumber(query.budgetMinFen)!),
    ),
  };
}

export function outcomeSearchParams(query: OutcomeSearchQuery): SearchParams {
  return {
    ...common(query, 'abstract', OUTCOME_HIT),
    facets: ['field', 'stage', 'transferModes'],
    filter: filter.and(
      query.field && filter.eq('field', query.field),
      query.trlMin !== undefined && filter.gte('trl', query.trlMin),
      query.stage && filter.eq('stage', query.stage),
      query.mode && filter.eq('transferModes', query.mode),
      query.priceMaxFen !== undefined && filter.lte('askingPriceFen', fenToIndexNumber(query.priceMaxFen)!),
    ),
  };
}

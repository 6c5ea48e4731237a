import type { OrganizationType } from '@app/accounts';
import type { IndexName } from '@app/search';
import type { SearchParams } from 'meilisearch';
import { toDemandDocument, toOutcomeDocument } from './listing-documents.js';
import { demandColumns, outcomeColumns } from './listing-input.js';
import type { ListingKind } from './listing-kinds.js';
import type { ListingDocumentOf, ListingInputOf, ListingOf, ListingSearchOf } from './listing-types.js';
import { demandSearchParams, outcomeSearchParams } from './search-params.js';

/** Where the two kinds of listing differ; everything else about them is written once. */
export interface ListingKindRules<K extends ListingKind> {
  index: IndexName;
  /** The only organization type that may post this kind. */
  poster: OrganizationType;
  /** The columns a (partial) input sets, normalised and checked. */
  columns(input: Partial<ListingInputOf<K>>): Partial<ListingOf<K>>;
  document(listing: ListingOf<K>, organizationName: string): ListingDocumentOf<K>;
  search(query: ListingSearchOf<K>): SearchParams;
}

const RULES: { [K in ListingKind]: ListingKindRules<K> } = {
  demand: { index: 'demands', poster: 'enterprise', columns: demandColumns, document: toDemandDocument, search: demandSearchParams },
  outcome: { index: 'outcomes', poster: 'institution', columns: outcomeColumns, document: toOutcomeDocument, search: outcomeSearchParams },
};

export const listingRules = <K extends ListingKind>(kind: K): ListingKindRules<K> => RULES[kind];

/** Who posts listings of this kind: enterprises post demands, institutions outcomes. */
export const listingPoster = (kind: ListingKind): OrganizationType => RULES[kind].poster;

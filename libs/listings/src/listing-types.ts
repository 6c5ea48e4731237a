import type { DemandDocument, OutcomeDocument } from '@app/search';
import type { Demand } from './demand.entity.js';
import type { DemandInput, OutcomeInput } from './listing-input.js';
import type { ListingKind } from './listing-kinds.js';
import type { Outcome } from './outcome.entity.js';
import type { DemandSearchQuery, OutcomeSearchQuery } from './search-params.js';

/** What each kind of listing is made of: the one place where the generic layer learns the kinds' types. */
export interface ListingKindTypes {
  demand: { entity: Demand; input: DemandInput; document: DemandDocument; search: DemandSearchQuery };
  outcome: { entity: Outcome; input: OutcomeInput; document: OutcomeDocument; search: OutcomeSearchQuery };
}

export type ListingOf<K extends ListingKind> = ListingKindTypes[K]['entity'];
export type ListingInputOf<K extends ListingKind> = ListingKindTypes[K]['input'];
export type ListingDocumentOf<K extends ListingKind> = ListingKindTypes[K]['document'];
export type ListingSearchOf<K extends ListingKind> = ListingKindTypes[K]['search'];

/** A demand or an outcome. */
export type ListingEntity = ListingOf<ListingKind>;

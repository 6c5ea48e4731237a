import type { Settings } from 'meilisearch';
import { SYNONYM_GROUPS, synonymsFromGroups } from './synonyms.js';

/** The indexes techmarket keeps, by logical name; the physical uid carries MEILI_INDEX_PREFIX. */
export const INDEX_NAMES = ['demands', 'outcomes'] as const;
export type IndexName = (typeof INDEX_NAMES)[number];

const chinese = (attributePatterns: string[]) => [{ attributePatterns, locales: ['cmn' as const] }];

const common: Settings = {
  rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
  synonyms: synonymsFromGroups(SYNONYM_GROUPS),
  pagination: { maxTotalHits: 10000 },
  faceting: { maxValuesPerFacet: 100 },
};

export const INDEX_SETTINGS: Record<IndexName, Settings> = {
  demands: {
    ...common,
    searchableAttributes: ['title', 'keywords', 'description', 'organizationName'],
    filterableAttributes: ['field', 'region', 'regionPrefixes', 'cooperationModes', 'budgetMaxFen', 'organizationId', 'deadline'],
    sortableAttributes: ['publishedAt', 'budgetMaxFen', 'deadline'],
    localizedAttributes: chinese(['title', 'description', 'keywords', 'organizationName']),
  },
  outcomes: {
    ...common,
    searchableAttributes: ['title', 'keywords', 'abstract', 'organizationName'],
    filterableAttributes: ['field', 'trl', 'stage', 'transferModes', 'askingPriceFen', 'ipType', 'organizationId'],
    sortableAttributes: ['publishedAt', 'askingPriceFen', 'trl'],
    localizedAttributes: chinese(['title', 'abstract', 'keywords', 'organizationName']),
  },
};

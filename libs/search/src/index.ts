export * from './filter.js';
export * from './index-settings.js';
export * from './search.module.js';
export * from './search.service.js';
export * from './synonyms.js';
export * from './local-meili.js';
export type * from './documents.js';

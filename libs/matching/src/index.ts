export * from './matching.module.js';
export * from './matching.service.js';
export * from './listing-matches.service.js';
export * from './candidate-search.js';
export * from './matching.errors.js';
export type * from './matching.types.js';
export { BRIDGES, type Bridge } from './vocabulary.js';
export { expand, type Expansion } from './expansion.js';

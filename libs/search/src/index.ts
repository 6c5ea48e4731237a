// Meilisearch: the client, the indexes and their settings (applied idempotently at start), the
// documents they hold, escaped filters, the domain synonyms and the bundled binary for local runs.
export { SearchModule } from './search.module.js';
export { SearchService } from './search.service.js';
export { INDEX_NAMES, INDEX_SETTINGS, type IndexName } from './index-settings.js';
export type { DemandDocument, OutcomeDocument } from './documents.js';
export { filter } from './filter.js';
export { SYNONYM_GROUPS, synonymsFromGroups } from './synonyms.js';
export { freePort, startLocalMeili, waitForMeili, type LocalMeili } from './local-meili.js';
export { meiliAgent, meiliHttpClient, type MeiliHttpClient } from './meili-http.js';

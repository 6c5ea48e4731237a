// Infrastructure only: the connection, the migrations and their runner, the money column.
// It knows no domain: entities come from the domain modules (and the migration tooling's list).
export { createDataSource, dataSourceOptions, pendingSchemaChanges } from './data-source.js';
export { dropDatabase, ensureDatabase } from './database-admin.js';
export { DatabaseModule } from './database.module.js';
export { guardTransactions, QueryOutsideTransactionError } from './transaction-guard.js';
export { runMigrations } from './migration-runner.js';
export { FenColumn, fenTransformer } from './fen-column.js';
export { SnakeNamingStrategy } from './snake-naming.strategy.js';

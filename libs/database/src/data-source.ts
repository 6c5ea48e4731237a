import type { AppConfig } from '@app/config';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';
import { TypeOrmLogger } from './typeorm-logger.js';

/**
 * The one definition of the connection, used by the apps, the CLI and the tests. Entities are
 * not listed here: each domain module registers its own (`autoLoadEntities`), and the migration
 * tooling passes the full list (apps/cli/src/migration-data-source.ts).
 */
export function dataSourceOptions(config: AppConfig, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url: config.database.url,
    migrations: MIGRATIONS,
    migrationsTableName: 'typeorm_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    logger: new TypeOrmLogger(),
    maxQueryExecutionTime: 1000,
    extra: { max: config.database.poolSize, application_name: 'techmarket' },
    ...overrides,
  } as DataSourceOptions;
}

export function createDataSource(config: AppConfig, overrides: Partial<DataSourceOptions> = {}): DataSource {
  return new DataSource(dataSourceOptions(config, overrides));
}

/** SQL that would bring the database in line with the data source's entities: empty when migrations are complete. */
export async function pendingSchemaChanges(dataSource: DataSource): Promise<{ up: string[]; down: string[] }> {
  const log = await dataSource.driver.createSchemaBuilder().log();
  return { up: log.upQueries.map((q) => q.query), down: log.downQueries.map((q) => q.query) };
}

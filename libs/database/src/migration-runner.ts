import type { AppConfig } from '@app/config';
import { createDataSource } from './data-source.js';
import { ensureDatabase } from './database-admin.js';

/**
 * Runs pending migrations, creating the database first when it is missing: the launcher, the
 * `migrate` command, the compose file's migrate step and the tests' global setup all call this.
 * Migrations are SQL of their own, so no entity is loaded.
 */
export async function runMigrations(config: AppConfig, log: (line: string) => void = console.log): Promise<string[]> {
  if (await ensureDatabase(config.database.url)) log(`created database ${new URL(config.database.url).pathname.slice(1)}`);
  const ds = await createDataSource(config, { entities: [] }).initialize();
  try {
    const ran = await ds.runMigrations({ transaction: 'each' });
    for (const m of ran) log(`migration ${m.name} applied`);
    if (ran.length === 0) log('migrations: up to date');
    return ran.map((m) => m.name);
  } finally {
    await ds.destroy();
  }
}

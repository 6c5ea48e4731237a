import { loadConfig } from '@app/config';
import { createDataSource, runMigrations } from '@app/database';
import type { DataSource } from 'typeorm';

/** The runner needs no entity: migrations are SQL of their own. (The entities' side: test/e2e/schema.e2e-spec.ts.) */
describe('runMigrations', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await createDataSource(loadConfig()).initialize();
  });

  afterAll(async () => {
    await ds.destroy();
  });

  it('has applied every migration to the test database', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });

  it('applies nothing the second time', async () => {
    const log: string[] = [];
    expect(await runMigrations(loadConfig(), (line) => log.push(line))).toEqual([]);
    expect(log).toEqual(['migrations: up to date']);
  });
});

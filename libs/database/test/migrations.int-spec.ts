import { loadConfig } from '@app/config';
import { createDataSource, pendingSchemaChanges } from '@app/database';
import type { DataSource } from 'typeorm';

describe('migrations', () => {
  let ds: DataSource;

  beforeAll(async () => {
    ds = await createDataSource(loadConfig()).initialize();
  });

  afterAll(async () => {
    await ds.destroy();
  });

  it('build exactly the schema the entities describe (an entity changed without a migration fails here)', async () => {
    const { up } = await pendingSchemaChanges(ds);
    expect(up).toEqual([]);
  });

  it('have all been applied to the test database', async () => {
    expect(await ds.showMigrations()).toBe(false);
  });
});

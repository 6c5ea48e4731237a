import type { DynamicModule } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { loadConfig } from '@app/config';
import { pendingSchemaChanges } from '@app/database';
import { DataSource } from 'typeorm';
import { ApiModule } from '../../apps/api/src/api.module.js';
import { CliModule } from '../../apps/cli/src/cli.module.js';
import { ENTITIES, migrationDataSource } from '../../apps/cli/src/migration-data-source.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';

const names = (targets: (string | Function)[]) => targets.map((t) => (typeof t === 'string' ? t : t.name)).sort();

/**
 * The apps load their entities from their modules (`autoLoadEntities`); the migration tooling
 * lists them explicitly. Both must describe the schema the migrations build.
 */
describe('the schema', () => {
  describe('migrationDataSource', () => {
    let ds: DataSource;

    beforeAll(async () => {
      ds = await migrationDataSource(loadConfig()).initialize();
    });

    afterAll(async () => {
      await ds.destroy();
    });

    it('is built exactly by the migrations (an entity changed without a migration fails here)', async () => {
      expect(ds.entityMetadatas.length).toBe(ENTITIES.length);
      expect((await pendingSchemaChanges(ds)).up).toEqual([]);
    });
  });

  describe('ENTITIES', () => {
    it.each<[string, () => DynamicModule]>([
      ['api', () => ApiModule.forRoot()],
      ['worker', () => WorkerModule.forRoot()],
      ['cli', () => CliModule.forRoot()],
    ])('are exactly the entities the %s registers through its modules', async (_app, module) => {
      const moduleRef = await Test.createTestingModule({ imports: [module()] }).compile();
      try {
        expect(names(moduleRef.get(DataSource).entityMetadatas.map((m) => m.target))).toEqual(names(ENTITIES));
      } finally {
        await moduleRef.close();
      }
    });
  });
});

import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomBytes } from 'node:crypto';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import { ListingIndexer } from '@app/listings';
import { SearchService } from '@app/search';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { CliModule } from '../../apps/cli/src/cli.module.js';
import { DEMO_DEMANDS } from '../../apps/cli/src/seed/demo-demands.js';
import { DEMO_OUTCOMES } from '../../apps/cli/src/seed/demo-outcomes.js';
import { SeedService } from '../../apps/cli/src/seed/seed.service.js';
import { eventually, startWorker } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/** The first start of a fresh install: demo listings seeded, indexed through the outbox, and `reindex`. */
describe('demo seed and reindex (e2e)', () => {
  const runId = randomBytes(4).toString('hex');
  const database = new URL(process.env.DATABASE_URL!);
  database.pathname = `/${database.pathname.slice(1)}_seed_${runId}`;
  const env = {
    DATABASE_URL: database.toString(),
    MEILI_INDEX_PREFIX: `s${runId}_`,
    REDIS_PREFIX: `${process.env.REDIS_PREFIX}_seed_${runId}`,
  };
  let cli: INestApplicationContext;
  let worker: INestApplicationContext;
  let app: INestApplication<App>;

  beforeAll(async () => {
    await runMigrations(loadConfig(env), () => undefined);
    cli = await NestFactory.createApplicationContext(CliModule.forRoot(env), { logger: false });
    app = await createTestApp(env);
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await cli?.close();
    await dropDatabase(database.toString());
  });

  const total = async (path: string, query: Record<string, string> = {}) =>
    (
      await api(app)
        .get(path)
        .query({ limit: 1, ...query })
        .expect(200)
    ).body.total as number;

  it('seeds published demo listings with history, and the worker indexes them', async () => {
    const result = await cli.get(SeedService).seedIfEmpty();
    expect(result.listings).toEqual({ demands: DEMO_DEMANDS.length, outcomes: DEMO_OUTCOMES.length });
    const db = cli.get(DataSource);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM listing_status_history WHERE from_status IS NULL AND to_status = 'published'`,
    );
    expect(n).toBe(DEMO_DEMANDS.length + DEMO_OUTCOMES.length);
    const [{ pending }] = await db.query(`SELECT count(*)::int AS pending FROM demands WHERE status <> 'published'`);
    expect(pending).toBe(0);

    worker = await startWorker(env);
    await eventually(
      async () => {
        expect(await total('/api/v1/demands')).toBe(DEMO_DEMANDS.length);
        expect(await total('/api/v1/outcomes')).toBe(DEMO_OUTCOMES.length);
      },
      60000,
      250,
    );

    const tea = await api(app).get('/api/v1/demands').query({ q: '杀青 发黄' }).expect(200);
    expect(tea.body.items[0].organizationName).toBe('青岚云雾茶业有限公司');
    const thermal = await api(app).get('/api/v1/outcomes').query({ q: '热误差补偿' }).expect(200);
    expect(thermal.body.items[0].title).toBe('数控机床主轴热误差建模与实时补偿技术');
    expect((await cli.get(SeedService).seedIfEmpty()).seeded).toBe(false);
  }, 90000);

  it('rebuilds the indexes from PostgreSQL: missing documents come back, stray ones go', async () => {
    const search = cli.get(SearchService);
    const demands = search.index('demands');
    const [first] = (await demands.getDocuments<{ id: string }>({ fields: ['id'], limit: 1 })).results;
    await demands.deleteDocument(first.id).waitTask({ timeout: 60000 });
    await demands
      .addDocuments([
        { id: '6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a0ff', title: '不该存在的需求', field: 'electronics', keywords: [], publishedAt: 0 },
      ])
      .waitTask({ timeout: 60000 });

    const result = await cli.get(ListingIndexer).reindexAll();
    expect(result).toEqual({
      demands: { indexed: DEMO_DEMANDS.length, removed: 1 },
      outcomes: { indexed: DEMO_OUTCOMES.length, removed: 0 },
    });
    expect(await total('/api/v1/demands')).toBe(DEMO_DEMANDS.length);
    const ids = (await demands.getDocuments<{ id: string }>({ fields: ['id'], limit: 1000 })).results.map((d) => d.id);
    expect(ids).toContain(first.id);
    expect(ids).not.toContain('6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a0ff');
  }, 90000);

  it('rebuilds an index Meilisearch lost, and leaves indexes that hold documents alone', async () => {
    const indexer = cli.get(ListingIndexer);
    const search = cli.get(SearchService);
    expect(await indexer.reindexIfEmpty()).toEqual({ reindexed: false });

    // A new Meilisearch data folder beside the seeded database: the outcomes index is gone, and
    // a worker starting creates it again, empty. The outbox has nothing pending, so it stays so…
    await search.waitForTask(search.client.deleteIndex(search.uid('outcomes')), 60000);
    await worker.close();
    worker = await startWorker(env);
    await eventually(async () => expect(await total('/api/v1/outcomes')).toBe(0), 10000, 100);

    // …until the check at start rebuilds it.
    expect(await indexer.reindexIfEmpty()).toEqual({
      reindexed: true,
      empty: ['outcomes'],
      demands: { indexed: DEMO_DEMANDS.length, removed: 0 },
      outcomes: { indexed: DEMO_OUTCOMES.length, removed: 0 },
    });
    expect(await total('/api/v1/outcomes')).toBe(DEMO_OUTCOMES.length);
    const thermal = await api(app).get('/api/v1/outcomes').query({ q: '热误差补偿' }).expect(200);
    expect(thermal.body.items[0].title).toBe('数控机床主轴热误差建模与实时补偿技术');
    expect(await indexer.reindexIfEmpty()).toEqual({ reindexed: false });
  }, 90000);
});

import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import { freePort, startLocalMeili, type LocalMeili } from '@app/search';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * Writes while Meilisearch or Redis is away. These tests stop and start services, so they run
 * on their own Meilisearch, database and Redis prefix, never on the run's shared ones.
 */
describe('listings: indexing catches up after an outage (e2e)', () => {
  const runId = randomBytes(4).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'techmarket-outage-meili-'));
  const masterKey = `outage-master-key-${runId}`;
  const database = new URL(process.env.DATABASE_URL!);
  database.pathname = `/${database.pathname.slice(1)}_outage_${runId}`;
  let meili: LocalMeili;
  let env: Record<string, string>;
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let bureau: string;
  let enterprise: Member;

  beforeAll(async () => {
    meili = await startLocalMeili({ dataDir, masterKey, maxIndexingThreads: 1 });
    env = {
      DATABASE_URL: database.toString(),
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: masterKey,
      MEILI_INDEX_PREFIX: `o${runId}_`,
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}_outage_${runId}`,
      LISTINGS_OUTBOX_SWEEP_SECONDS: '1',
      LISTINGS_OUTBOX_STALE_SECONDS: '1',
    };
    await runMigrations(loadConfig(env), () => undefined);
    app = await createTestApp(env);
    worker = await startWorker(env);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise');
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await meili?.stop();
    await dropDatabase(database.toString());
    rmSync(dataDir, { recursive: true, force: true });
  });

  const ids = async (target: INestApplication<App>, q: string) =>
    (await api(target).get('/api/v1/demands').query({ q }).expect(200)).body.items.map((i: { id: string }) => i.id);

  it('accepts writes while Meilisearch is stopped, answers search with 503, and indexes once it is back', async () => {
    const word = uniqueWord('down');
    await meili.stop();
    const created = await api(app)
      .post('/api/v1/demands')
      .set(bearer(enterprise.token))
      .send(demandBody({ keywords: [word] }))
      .expect(201);
    await api(app).post(`/api/v1/demands/${created.body.id}/approve`).set(bearer(bureau)).expect(200);
    const unavailable = await api(app).get('/api/v1/demands').query({ q: word }).expect(503);
    expect(unavailable.body).toMatchObject({ statusCode: 503, code: 'SEARCH_UNAVAILABLE' });

    meili = await startLocalMeili({ dataDir, masterKey, port: meili.port, maxIndexingThreads: 1 });
    await eventually(async () => expect(await ids(app, word)).toEqual([created.body.id]), 50000, 250);
    const db = app.get(DataSource);
    await eventually(async () =>
      expect(
        Number(
          (await db.query('SELECT count(*) AS n FROM listing_outbox WHERE done_at IS NULL AND listing_id = $1', [created.body.id]))[0].n,
        ),
      ).toBe(0),
    );
  }, 90000);

  it('accepts writes while Redis is unreachable; the sweeper sends them once the queue is back', async () => {
    const word = uniqueWord('noredis');
    const deadRedis = `redis://127.0.0.1:${await freePort()}`;
    const offline = await createTestApp({ ...env, REDIS_URL: deadRedis });
    try {
      const created = await api(offline)
        .post('/api/v1/demands')
        .set(bearer(enterprise.token))
        .send(demandBody({ keywords: [word] }))
        .expect(201);
      await api(offline).post(`/api/v1/demands/${created.body.id}/approve`).set(bearer(bureau)).expect(200);
      // The worker (on the real Redis) never got a job for these writes; its sweeper finds the outbox rows.
      await eventually(async () => expect(await ids(app, word)).toEqual([created.body.id]), 50000, 250);
    } finally {
      await offline.close();
    }
  }, 90000);
});

import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { bureauToken } from './bureau.js';
import { ownRedisPrefix } from './deals.js';
import { createIsolatedDatabase } from './isolated-db.js';
import { registerMember, startWorker, type Member } from './listings.js';
import { api, bearer, createTestApp } from './test-app.js';

type OrgType = 'enterprise' | 'institution';

/** The whole market for an e2e suite: the api, a worker in this process, the database, the bureau and members. */
export type TestMarket<K extends string = 'enterprise' | 'institution'> = Record<K, Member> & {
  app: INestApplication<App>;
  worker: INestApplicationContext;
  db: DataSource;
  /** A bureau user's token. */
  bureau: string;
  /** Posts a listing as `token` and has the bureau approve it; returns its id. */
  publish(kind: 'demands' | 'outcomes', token: string, body: object): Promise<string>;
  /** Stops the worker (nothing is processed meanwhile) and starts it again, as `worker`. */
  stopWorker(): Promise<void>;
  restartWorker(): Promise<void>;
  /** Closes the worker and the api, and drops the suite's own database if it has one. */
  drop(): Promise<void>;
};

/**
 * Starts the market for a suite. `isolated`: a database, Redis prefix and index prefix of the
 * suite's own (for suites that count rows or lists across the database); else the run's shared
 * database with a Redis prefix of the suite's own (`redisTag`), so that no other suite's worker
 * takes its jobs. `members` names the members to register (organizations verified by the bureau).
 */
export async function startMarket<K extends string = 'enterprise' | 'institution'>(
  options: ({ isolated: string } | { redisTag: string }) & { members?: Record<K, OrgType> },
): Promise<TestMarket<K>> {
  const isolated = 'isolated' in options ? await createIsolatedDatabase(options.isolated) : null;
  const env = isolated ? isolated.env : { REDIS_PREFIX: ownRedisPrefix((options as { redisTag: string }).redisTag) };
  const app = await createTestApp(env);
  const worker = await startWorker(env);
  const bureau = await bureauToken(app);
  const wanted = Object.entries(options.members ?? { enterprise: 'enterprise', institution: 'institution' }) as [K, OrgType][];
  const registered = await Promise.all(wanted.map(([, type]) => registerMember(app, type, { verifyWith: bureau })));
  const members = Object.fromEntries(wanted.map(([name], i) => [name, registered[i]])) as Record<K, Member>;
  const market: TestMarket<K> = {
    ...members,
    app,
    worker,
    db: app.get(DataSource),
    bureau,
    publish: async (kind, token, body) => {
      const id = (await api(app).post(`/api/v1/${kind}`).set(bearer(token)).send(body).expect(201)).body.id as string;
      await api(app).post(`/api/v1/${kind}/${id}/approve`).set(bearer(bureau)).expect(200);
      return id;
    },
    stopWorker: async () => {
      await market.worker.close();
      running = false;
    },
    restartWorker: async () => {
      market.worker = await startWorker(env);
      running = true;
    },
    drop: async () => {
      if (running) await market.worker.close();
      await app.close();
      await isolated?.drop();
    },
  };
  let running = true;
  return market;
}

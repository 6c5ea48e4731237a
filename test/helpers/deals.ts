import { randomBytes } from 'node:crypto';
import { newKey, registrationNo } from '../../libs/deals/test/deals.factory.js';
import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { api, bearer } from './test-app.js';

export { eventually, waitFor } from './eventually.js';

// Members and in-process workers are made the same way for every domain's tests.
export { registerMember, startWorker, type Member } from './listings.js';
export { freePort } from '@app/search';
export { dealBody, newKey, registrationNo } from '../../libs/deals/test/deals.factory.js';

/** A Redis key prefix of one's own, so that this file's queue is not consumed by other files' workers. */
export const ownRedisPrefix = (tag: string) => `${process.env.REDIS_PREFIX}_${tag}${randomBytes(2).toString('hex')}`;

export async function countRows(db: DataSource, sql: string, params: unknown[] = []): Promise<number> {
  const [row] = await db.query(`SELECT count(*)::int AS n FROM (${sql}) x`, params);
  return row.n as number;
}

export const dealsWhere = (db: DataSource, where: string, params: unknown[]) => countRows(db, `SELECT 1 FROM deals WHERE ${where}`, params);

/** Runs `tasks` with at most `limit` in flight. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  const lane = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, lane));
  return results;
}

/**
 * A deal through the whole registration path over the api: `declarer` declares, the other party
 * confirms, the bureau registers it with a fresh number. Returns the deal id (recorded once a
 * worker runs).
 */
export async function registerThroughPath(
  app: INestApplication<App>,
  bureau: string,
  declarer: { token: string },
  confirmer: { token: string },
  body: Record<string, unknown>,
  number = registrationNo(),
): Promise<string> {
  const declared = await api(app).post('/api/v1/deals').set(bearer(declarer.token)).set('Idempotency-Key', newKey()).send(body).expect(201);
  await api(app).post(`/api/v1/deals/${declared.body.id}/confirm`).set(bearer(confirmer.token)).expect(200);
  await api(app).post(`/api/v1/deals/${declared.body.id}/register`).set(bearer(bureau)).send({ registrationNo: number }).expect(200);
  return declared.body.id as string;
}

/** A contract the registration office already registered, posted by the bureau: `registered` at once. */
export async function postRegistered(app: INestApplication<App>, bureau: string, body: Record<string, unknown>): Promise<string> {
  const res = await api(app)
    .post('/api/v1/deals')
    .set(bearer(bureau))
    .set('Idempotency-Key', newKey())
    .send({ registrationNo: registrationNo(Number(String(body.signedAt ?? '').slice(0, 4)) || undefined), ...body })
    .expect(201);
  return res.body.id as string;
}

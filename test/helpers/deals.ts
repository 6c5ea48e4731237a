import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';

// Members and in-process workers are made the same way for every domain's tests.
export { registerMember, startWorker, type Member } from './listings.js';
export { freePort } from '@app/search';

/** A Redis key prefix of one's own, so that this file's queue is not consumed by other files' workers. */
export const ownRedisPrefix = (tag: string) => `${process.env.REDIS_PREFIX}_${tag}${randomBytes(2).toString('hex')}`;

export const newKey = () => randomUUID();

export function dealBody(buyerOrgId: string, sellerOrgId: string, overrides: Record<string, unknown> = {}) {
  return {
    buyerOrgId,
    sellerOrgId,
    contractType: 'development',
    field: 'modern_agriculture',
    amount: '1250000.00',
    signedAt: '2020-03-18',
    ...overrides,
  };
}

/** Polls until `check` returns true; no fixed sleeps. */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 45_000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

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

import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { api } from './test-app.js';

export interface Member {
  token: string;
  orgId: string;
}

/** Registers an enterprise or institution over the api and returns its token and organization id. */
export async function registerMember(app: INestApplication<App>, type: 'enterprise' | 'institution' = 'enterprise'): Promise<Member> {
  const res = await api(app).post('/api/v1/auth/register').send(registerBody({ type })).expect(201);
  return { token: res.body.accessToken as string, orgId: res.body.org.id as string };
}

/** A Redis key prefix of one's own, so that this file's queue is not consumed by other files' workers. */
export const ownRedisPrefix = (tag: string) => `${process.env.REDIS_PREFIX}_${tag}${randomBytes(2).toString('hex')}`;

/** A worker in this process (the same module graph as `node dist/apps/worker/src/main.js`). */
export async function startWorker(env: Record<string, string | undefined>): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
  await worker.init();
  return worker;
}

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

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

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

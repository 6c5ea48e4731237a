import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { App } from 'supertest/types.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { api } from './test-app.js';

export interface Member {
  token: string;
  orgId: string;
  userId: string;
}

/** Registers an organization with its first user; the bureau verifies it when asked. */
export async function registerMember(
  app: INestApplication<App>,
  type: 'enterprise' | 'institution' = 'enterprise',
  options: { verifyWith?: string } = {},
): Promise<Member> {
  const res = await api(app).post('/api/v1/auth/register').send(registerBody({ type })).expect(201);
  const member = { token: res.body.accessToken as string, orgId: res.body.org.id as string, userId: res.body.user.id as string };
  if (options.verifyWith) {
    await api(app).post(`/api/v1/organizations/${member.orgId}/verify`).set('Authorization', `Bearer ${options.verifyWith}`).expect(200);
  }
  return member;
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });

/** A worker (the queue processors) in this process, configured like the api under test. */
export async function startWorker(env: Record<string, string | undefined> = {}): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
  await worker.init();
  return worker;
}

/** Polls until `check` passes (it throws until then); asynchronous results are awaited, never slept for. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = 30000, intervalMs = 100): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    try {
      return await check();
    } catch (error) {
      lastError = error;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw lastError;
}

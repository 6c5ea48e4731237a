import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { AccountsService } from '@app/accounts';
import type { App } from 'supertest/types.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { api, bearer } from './test-app.js';

export interface Member {
  token: string;
  orgId: string;
  userId: string;
}

/**
 * Registers an organization with its first user, whose email counts as verified (as if the
 * mailed link had been opened) unless `unverifiedEmail`; the bureau verifies the organization when asked.
 */
export async function registerMember(
  app: INestApplication<App>,
  type: 'enterprise' | 'institution' = 'enterprise',
  options: { verifyWith?: string; unverifiedEmail?: boolean } = {},
): Promise<Member> {
  const res = await api(app).post('/api/v1/auth/register').send(registerBody({ type })).expect(201);
  const member = { token: res.body.accessToken as string, orgId: res.body.org.id as string, userId: res.body.user.id as string };
  if (!options.unverifiedEmail) await app.get(AccountsService).markEmailVerified(member.userId);
  if (options.verifyWith) {
    await api(app).post(`/api/v1/organizations/${member.orgId}/verify`).set(bearer(options.verifyWith)).expect(200);
  }
  return member;
}

export { bearer } from './test-app.js';
export { eventually } from './eventually.js';

/** A worker (the queue processors) in this process, configured like the api under test. */
export async function startWorker(env: Record<string, string | undefined> = {}): Promise<INestApplicationContext> {
  const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
  await worker.init();
  return worker;
}

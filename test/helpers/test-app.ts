import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { createApi } from '../../apps/api/src/bootstrap.js';

/** The whole api, configured like `main.ts`, on the run's real services. */
export async function createTestApp(env: Record<string, string | undefined> = {}): Promise<INestApplication<App>> {
  const app = await createApi({ env });
  await app.init();
  return app as INestApplication<App>;
}

export function api(app: INestApplication<App>) {
  return request(app.getHttpServer());
}

/** The Authorization header of a signed-in caller (a missing token sends one the api refuses). */
export const bearer = (token: string | undefined) => ({ Authorization: `Bearer ${token}` });

import type { INestApplication } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { AppConfig } from '@app/config';
import type { App } from 'supertest/types.js';
import { uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { api } from './test-app.js';

const BUREAU_PASSWORD = 'Bureau2026review';

/** A bureau user made the way production makes them (the CLI's service call), then logged in. */
export async function bureauToken(app: INestApplication<App>): Promise<string> {
  const email = uniqueEmail('bureau');
  const config = app.get(AppConfig);
  await app.get(AccountsService).ensureBureauUser({
    email,
    password: BUREAU_PASSWORD,
    displayName: '科技局',
    org: { name: config.bureau.orgName, creditCode: config.bureau.orgCreditCode, region: config.bureau.region },
  });
  const res = await api(app).post('/api/v1/auth/login').send({ email, password: BUREAU_PASSWORD }).expect(200);
  return res.body.accessToken as string;
}

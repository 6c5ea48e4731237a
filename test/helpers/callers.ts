import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import type { Caller } from '../../apps/api/src/access-matrix.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { bureauToken } from './bureau.js';
import { api } from './test-app.js';

export interface CallerSet {
  tokens: Record<Caller, string | undefined>;
  orgs: { enterprise: string; institution: string; outsider: string };
  /** The enterprise member's login. */
  login: { email: string; password: string };
}

/** One member of each kind of organization, registered through the api, plus a bureau user. */
export async function createCallers(app: INestApplication<App>): Promise<CallerSet> {
  const register = async (type: 'enterprise' | 'institution') =>
    (await api(app).post('/api/v1/auth/register').send(registerBody({ type })).expect(201)).body;
  const enterpriseLogin = registerBody({ type: 'enterprise' });
  const enterprise = (await api(app).post('/api/v1/auth/register').send(enterpriseLogin).expect(201)).body;
  const institution = await register('institution');
  const outsider = await register('enterprise');
  return {
    tokens: {
      anonymous: undefined,
      enterprise: enterprise.accessToken,
      institution: institution.accessToken,
      outsider: outsider.accessToken,
      bureau: await bureauToken(app),
    },
    orgs: { enterprise: enterprise.org.id, institution: institution.org.id, outsider: outsider.org.id },
    login: { email: enterpriseLogin.email, password: enterpriseLogin.password },
  };
}

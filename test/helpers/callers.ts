import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { AccountsService, AuthService } from '@app/accounts';
import type { Caller } from '../../apps/api/src/access-matrix.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { bureauToken } from './bureau.js';
import { api, bearer } from './test-app.js';

export interface CallerSet {
  tokens: Record<Caller, string | undefined>;
  orgs: { enterprise: string; institution: string; outsider: string };
  /** The enterprise member's login. */
  login: { email: string; password: string };
}

/**
 * One member of each kind of organization (its administrator, email verified, organization
 * verified by the bureau), registered through the api, plus a bureau user.
 */
export async function createCallers(app: INestApplication<App>): Promise<CallerSet> {
  const verified = async (body: { accessToken: string; user: { id: string }; org: { id: string } }) => {
    await app.get(AccountsService).markEmailVerified(body.user.id);
    return body;
  };
  const register = async (type: 'enterprise' | 'institution') =>
    verified((await api(app).post('/api/v1/auth/register').send(registerBody({ type })).expect(201)).body);
  const enterpriseLogin = registerBody({ type: 'enterprise' });
  const enterprise = await verified((await api(app).post('/api/v1/auth/register').send(enterpriseLogin).expect(201)).body);
  const institution = await register('institution');
  const outsider = await register('enterprise');
  const bureau = await bureauToken(app);
  // Only members of verified organizations take part in deals.
  for (const org of [enterprise.org.id, institution.org.id, outsider.org.id]) {
    await api(app).post(`/api/v1/organizations/${org}/verify`).set(bearer(bureau)).expect(200);
  }
  return {
    tokens: {
      anonymous: undefined,
      enterprise: enterprise.accessToken,
      institution: institution.accessToken,
      outsider: outsider.accessToken,
      bureau,
    },
    orgs: { enterprise: enterprise.org.id, institution: institution.org.id, outsider: outsider.org.id },
    login: { email: enterpriseLogin.email, password: enterpriseLogin.password },
  };
}

/**
 * A fresh token for a caller whose tokens a route just revoked (logout, password change): the
 * user is read from the old token's subject.
 */
export async function refreshToken(app: INestApplication<App>, callers: CallerSet, caller: Caller): Promise<void> {
  const token = callers.tokens[caller];
  if (!token) return;
  const { sub } = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as { sub: string };
  callers.tokens[caller] = await app.get(AuthService).tokenFor(sub);
}

import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { App } from 'supertest/types.js';
import type { FixtureKey } from '../../apps/api/src/access-matrix.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import type { CallerSet } from './callers.js';
import { api } from './test-app.js';

const auth = (token: string | undefined) => ({ Authorization: `Bearer ${token}` });

/**
 * Fresh resources for the authorization matrix and the fuzzer, made through the api: a
 * published demand of the enterprise, a published outcome of the institution, and an inquiry
 * the institution opened on that demand.
 */
export async function createFixtures(
  app: INestApplication<App>,
  callers: CallerSet,
  needed: FixtureKey[],
): Promise<Record<FixtureKey, string>> {
  const ids: Partial<Record<FixtureKey, string>> = {
    enterpriseOrg: callers.orgs.enterprise,
    institutionOrg: callers.orgs.institution,
    year: String(new Date().getFullYear()),
  };
  const publish = async (kind: 'demands' | 'outcomes', token: string | undefined, body: object) => {
    const created = await api(app).post(`/api/v1/${kind}`).set(auth(token)).send(body).expect(201);
    await api(app).post(`/api/v1/${kind}/${created.body.id}/approve`).set(auth(callers.tokens.bureau)).expect(200);
    return created.body.id as string;
  };
  if (needed.includes('demand') || needed.includes('inquiry'))
    ids.demand = await publish('demands', callers.tokens.enterprise, demandBody());
  if (needed.includes('outcome')) ids.outcome = await publish('outcomes', callers.tokens.institution, outcomeBody());
  if (needed.includes('inquiry')) {
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(auth(callers.tokens.institution))
      .send({ demandId: ids.demand, message: '贵司的问题我们有类似经验，可以面谈。' })
      .expect(201);
    ids.inquiry = inquiry.body.id;
  }
  if (needed.includes('deal')) {
    const deal = await api(app)
      .post('/api/v1/deals')
      .set(auth(callers.tokens.enterprise))
      .set('Idempotency-Key', randomUUID())
      .send(dealBody(callers))
      .expect(202);
    ids.deal = deal.body.id;
  }
  return ids as Record<FixtureKey, string>;
}

/** A technology development contract between the enterprise (buyer) and the institution (seller). */
export function dealBody(callers: CallerSet) {
  return {
    buyerOrgId: callers.orgs.enterprise,
    sellerOrgId: callers.orgs.institution,
    contractType: 'development',
    field: 'modern_agriculture',
    amount: '120000.00',
    technologyAmount: '100000.00',
    signedAt: new Date().toISOString().slice(0, 10),
  };
}

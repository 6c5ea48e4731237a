import type { INestApplication } from '@nestjs/common';
import { randomBytes, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { App } from 'supertest/types.js';
import { todayInChina } from '@app/common';
import type { FixtureKey } from '../../apps/api/src/access-matrix.js';
import { GOOD_PASSWORD, registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { dealBody as dealBodyOf, registrationNo } from '../../libs/deals/test/deals.factory.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';

export { registrationNo };
import { OrgNotifications } from '@app/notifications';
import type { CallerSet } from './callers.js';
import { api, bearer } from './test-app.js';

/**
 * Fresh resources for the authorization matrix and the fuzzer, made through the api: a
 * published demand of the enterprise, a published outcome of the institution, and an inquiry
 * the institution opened on that demand, a deal the enterprise declared, a deal the institution
 * confirmed, a running public notice (an agreed price the institution confirmed) with an
 * objection, a bureau-made bridge of the vocabulary, and an innovation voucher of the
 * enterprise's (general) against a budget of this year.
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
    const created = await api(app).post(`/api/v1/${kind}`).set(bearer(token)).send(body).expect(201);
    await api(app).post(`/api/v1/${kind}/${created.body.id}/approve`).set(bearer(callers.tokens.bureau)).expect(200);
    return created.body.id as string;
  };
  if (needed.includes('demand') || needed.includes('inquiry'))
    ids.demand = await publish('demands', callers.tokens.enterprise, demandBody());
  if (needed.includes('outcome')) ids.outcome = await publish('outcomes', callers.tokens.institution, outcomeBody());
  if (needed.includes('inquiry')) {
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(bearer(callers.tokens.institution))
      .send({ demandId: ids.demand, message: '贵司的问题我们有类似经验，可以面谈。' })
      .expect(201);
    ids.inquiry = inquiry.body.id;
  }
  const declare = async (body: object) =>
    (
      await api(app)
        .post('/api/v1/deals')
        .set(bearer(callers.tokens.enterprise))
        .set('Idempotency-Key', randomUUID())
        .send(body)
        .expect(201)
    ).body.id as string;
  const confirm = async (id: string) => {
    await api(app).post(`/api/v1/deals/${id}/confirm`).set(bearer(callers.tokens.institution)).expect(200);
    return id;
  };
  if (needed.includes('deal')) ids.deal = await declare(dealBody(callers));
  if (needed.includes('confirmedDeal')) ids.confirmedDeal = await confirm(await declare(dealBody(callers)));
  if (needed.includes('notice') || needed.includes('objection')) {
    const dealId = await confirm(await declare({ ...dealBody(callers), pricing: 'agreement' }));
    const deal = await api(app).get(`/api/v1/deals/${dealId}`).set(bearer(callers.tokens.bureau)).expect(200);
    ids.notice = deal.body.notice.id;
    const objection = await api(app)
      .post(`/api/v1/notices/${ids.notice}/objections`)
      .set(bearer(callers.tokens.outsider))
      .send({ text: '该成果已于去年许可给我司，请核实。' })
      .expect(201);
    ids.objection = objection.body.id;
  }
  if (needed.includes('invitationToken')) ids.invitationToken = (await invite(app, callers, 'member')).token;
  if (needed.includes('invitation')) ids.invitation = (await invite(app, callers, 'member')).id;
  if (needed.includes('enterpriseMember')) {
    const { token } = await invite(app, callers, 'member');
    const accepted = await api(app)
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: GOOD_PASSWORD, displayName: '林晓' })
      .expect(201);
    ids.enterpriseMember = accepted.body.user.id;
  }
  if (needed.includes('unknownToken')) ids.unknownToken = randomBytes(32).toString('base64url');
  if (needed.includes('voucher')) {
    const year = todayInChina().slice(0, 4);
    // Vouchers go to verified enterprises only.
    await api(app).post(`/api/v1/organizations/${callers.orgs.enterprise}/verify`).set(bearer(callers.tokens.bureau)).expect(200);
    await api(app).put(`/api/v1/voucher-budgets/${year}`).set(bearer(callers.tokens.bureau)).send({ amount: '100000000.00' }).expect(200);
    const voucher = await api(app)
      .post('/api/v1/vouchers')
      .set(bearer(callers.tokens.bureau))
      .send({ organizationId: callers.orgs.enterprise, amount: '50000.00', validUntil: `${Number(year) + 1}-12-31`, mode: 'general' })
      .expect(201);
    ids.voucher = voucher.body.id;
  }
  if (needed.includes('brokerFollow') || needed.includes('introduction')) {
    // A verified broker (organization and certificate) following the enterprise's demand.
    const reg = await api(app)
      .post('/api/v1/auth/register')
      .send(registerBody({ org: { type: 'broker', name: '青岚科技成果转化服务中心' } }))
      .expect(201);
    const broker = reg.body.accessToken as string;
    await api(app).post(`/api/v1/organizations/${reg.body.org.id}/verify`).set(bearer(callers.tokens.bureau)).expect(200);
    await api(app)
      .put('/api/v1/me/broker-certificate')
      .set(bearer(broker))
      .send({ certificateNo: `ZJ-${randomUUID().slice(0, 13)}` })
      .expect(200);
    await api(app).post(`/api/v1/brokers/${reg.body.user.id}/verify`).set(bearer(callers.tokens.bureau)).expect(200);
    ids.demand ??= await publish('demands', callers.tokens.enterprise, demandBody());
    const follow = await api(app).post(`/api/v1/demands/${ids.demand}/brokers`).set(bearer(broker)).expect(201);
    ids.brokerFollow = follow.body.id;
    if (needed.includes('introduction')) {
      ids.outcome ??= await publish('outcomes', callers.tokens.institution, outcomeBody());
      const intro = await api(app)
        .post('/api/v1/introductions')
        .set(bearer(broker))
        .send({ demandId: ids.demand, outcomeId: ids.outcome, note: '双方技术方向一致，建议面谈。' })
        .expect(201);
      ids.introduction = intro.body.id;
    }
  }
  if (needed.includes('vocabularyEntry')) {
    const entry = await api(app)
      .post('/api/v1/vocabulary')
      .set(bearer(callers.tokens.bureau))
      .send({ kind: 'bridge', field: 'modern_agriculture', triggers: [`烘不干${randomUUID().slice(0, 6)}`], terms: ['干燥', '热泵'] })
      .expect(201);
    ids.vocabularyEntry = entry.body.id;
  }
  if (needed.includes('notification')) {
    // Notifications come from the worker's match alerts; the fixture is written the way it writes them.
    const key = `fixture:${randomUUID()}`;
    await app
      .get(OrgNotifications)
      .notify([
        { recipientOrgId: callers.orgs.enterprise, type: 'match.new', title: '新的科技成果匹配：测试', payload: {}, dedupeKey: key },
      ]);
    const [row] = (await app.get(DataSource).query('SELECT id FROM org_notifications WHERE dedupe_key = $1', [key])) as { id: string }[];
    ids.notification = row.id;
  }
  if (needed.includes('subscription')) {
    const sub = await api(app)
      .post('/api/v1/subscriptions')
      .set(bearer(callers.tokens.enterprise))
      .send({ kind: 'outcome', q: '烘干' })
      .expect(201);
    ids.subscription = sub.body.id;
  }
  return ids as Record<FixtureKey, string>;
}

/** A technology development contract between the enterprise (buyer) and the institution (seller), signed today. */
export function dealBody(callers: CallerSet) {
  return dealBodyOf(callers.orgs.enterprise, callers.orgs.institution, {
    amount: '120000.00',
    technologyAmount: '100000.00',
    signedAt: new Date().toISOString().slice(0, 10),
  });
}

/**
 * An invitation of the enterprise, made through the api; its token is read from the mail
 * outbox row (these suites run no worker, so the mail is still waiting there).
 */
export async function invite(app: INestApplication<App>, callers: CallerSet, role: 'admin' | 'member') {
  const email = uniqueEmail('invited');
  const created = await api(app)
    .post(`/api/v1/organizations/${callers.orgs.enterprise}/invitations`)
    .set(bearer(callers.tokens.enterprise))
    .send({ email, role })
    .expect(201);
  const [row] = await app
    .get(DataSource)
    .query(`SELECT body_text FROM mail_outbox WHERE to_address = $1 AND kind = 'invitation' ORDER BY id DESC LIMIT 1`, [email]);
  const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(String(row?.body_text))?.[1];
  if (!token) throw new Error(`no invitation mail for ${email} in the outbox`);
  return { email, token, id: created.body.id as string };
}

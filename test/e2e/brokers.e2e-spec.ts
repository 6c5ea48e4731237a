import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { todayInChina } from '@app/common';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { registerMember, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { bearer } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/** Technology brokers through the public API: certificate, follow, introduction, credit and ranking. */
describe('brokers (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let bureau: string;
  let enterprise: Member;
  let institution: Member;
  let outsider: Member;
  let broker: Member;
  let demandId: string;
  let outcomeId: string;

  const publish = async (kind: 'demands' | 'outcomes', token: string, body: object) => {
    const created = await api(app).post(`/api/v1/${kind}`).set(bearer(token)).send(body).expect(201);
    await api(app).post(`/api/v1/${kind}/${created.body.id}/approve`).set(bearer(bureau)).expect(200);
    return created.body.id as string;
  };

  beforeAll(async () => {
    app = await createTestApp();
    worker = await startWorker();
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
    institution = await registerMember(app, 'institution', { verifyWith: bureau });
    outsider = await registerMember(app, 'enterprise', { verifyWith: bureau });
    const res = await api(app)
      .post('/api/v1/auth/register')
      .send(registerBody({ org: { type: 'broker', name: '青岚科技成果转化服务中心' } }))
      .expect(201);
    broker = { token: res.body.accessToken, orgId: res.body.org.id, userId: res.body.user.id };
    expect(res.body.org.type).toBe('broker');
    demandId = await publish('demands', enterprise.token, { ...demandBody(), contactName: '陈志远', contactPhone: '13905781234' });
    outcomeId = await publish('outcomes', institution.token, outcomeBody());
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
  });

  it('lets only a broker the bureau verified follow a demand', async () => {
    await api(app).post(`/api/v1/demands/${demandId}/brokers`).set(bearer(enterprise.token)).expect(403);
    const unverified = await api(app).post(`/api/v1/demands/${demandId}/brokers`).set(bearer(broker.token)).expect(403);
    expect(unverified.body.code).toBe('BROKER_NOT_VERIFIED');
    const bad = await api(app).put('/api/v1/me/broker-certificate').set(bearer(broker.token)).send({ certificateNo: '经纪人' }).expect(400);
    expect(bad.body.errors[0].field).toBe('certificateNo');
    const certificateNo = `ZJ-JJR-${randomInt(100000, 999999)}`;
    await api(app).put('/api/v1/me/broker-certificate').set(bearer(broker.token)).send({ certificateNo }).expect(200);
    await api(app).put('/api/v1/me/broker-certificate').set(bearer(enterprise.token)).send({ certificateNo: 'ZJ-JJR-000001' }).expect(403);
    await api(app).post(`/api/v1/organizations/${broker.orgId}/verify`).set(bearer(bureau)).expect(200);
    // Organization verified, certificate not yet: still refused.
    await api(app).post(`/api/v1/demands/${demandId}/brokers`).set(bearer(broker.token)).expect(403);
    await api(app).post(`/api/v1/brokers/${broker.userId}/verify`).set(bearer(enterprise.token)).expect(403);
    const verified = await api(app).post(`/api/v1/brokers/${broker.userId}/verify`).set(bearer(bureau)).expect(200);
    expect(verified.body).toMatchObject({ certificateNo, status: 'verified' });
    const first = await api(app).post(`/api/v1/demands/${demandId}/brokers`).set(bearer(broker.token)).expect(201);
    expect(first.body).toMatchObject({ demandId, stage: 'screening', status: 'active', contacts: null });
    const again = await api(app).post(`/api/v1/demands/${demandId}/brokers`).set(bearer(broker.token)).expect(200);
    expect(again.body.id).toBe(first.body.id);
  });

  it('shows the broker the demand’s contacts only once its owner allows it', async () => {
    const [follow] = (await api(app).get(`/api/v1/demands/${demandId}/brokers`).set(bearer(enterprise.token)).expect(200)).body;
    expect(follow.brokerUserId).toBe(broker.userId);
    await api(app).get(`/api/v1/demands/${demandId}/brokers`).set(bearer(outsider.token)).expect(404);
    await api(app).patch(`/api/v1/broker-follows/${follow.id}`).set(bearer(broker.token)).send({ contactsAllowed: true }).expect(403);
    await api(app).patch(`/api/v1/broker-follows/${follow.id}`).set(bearer(outsider.token)).send({ contactsAllowed: true }).expect(404);
    await api(app).patch(`/api/v1/broker-follows/${follow.id}`).set(bearer(enterprise.token)).send({ contactsAllowed: true }).expect(200);
    const [mine] = (await api(app).get('/api/v1/broker-follows').set(bearer(broker.token)).expect(200)).body;
    expect(mine.contacts).toEqual({ name: '陈志远', phone: '13905781234', email: expect.anything() });
  });

  it('opens a conversation of three with an introduction, and credits the broker with the deal that follows', async () => {
    await api(app).post('/api/v1/introductions').set(bearer(broker.token)).send({ demandId, outcomeId, note: '短' }).expect(400);
    const intro = await api(app)
      .post('/api/v1/introductions')
      .set(bearer(broker.token))
      .send({ demandId, outcomeId, note: '贵司的烘干难题，东瓯理工的热泵成果正对路，建议面谈。' })
      .expect(201);
    expect(intro.body).toMatchObject({ demandId, outcomeId, brokerUserId: broker.userId, deals: [] });
    expect(intro.body.messages).toHaveLength(1);
    const repeat = await api(app)
      .post('/api/v1/introductions')
      .set(bearer(broker.token))
      .send({ demandId, outcomeId, note: '再次引荐同一对，不会重复。' })
      .expect(200);
    expect(repeat.body.id).toBe(intro.body.id);
    for (const token of [enterprise.token, institution.token]) {
      await api(app)
        .post(`/api/v1/introductions/${intro.body.id}/messages`)
        .set(bearer(token))
        .send({ body: '好的，约个时间。' })
        .expect(201);
    }
    await api(app).get(`/api/v1/introductions/${intro.body.id}`).set(bearer(outsider.token)).expect(404);
    await api(app).post(`/api/v1/introductions/${intro.body.id}/messages`).set(bearer(outsider.token)).send({ body: '我也来' }).expect(404);
    const thread = await api(app).get(`/api/v1/introductions/${intro.body.id}`).set(bearer(institution.token)).expect(200);
    expect(thread.body.messages.map((m: { authorOrgId: string }) => m.authorOrgId)).toEqual([
      broker.orgId,
      enterprise.orgId,
      institution.orgId,
    ]);
    const [follow] = (await api(app).get('/api/v1/broker-follows').set(bearer(broker.token)).expect(200)).body;
    expect(follow.stage).toBe('introduced');

    const year = Number(todayInChina().slice(0, 4));
    const before = (await api(app).get(`/api/v1/stats/brokers?year=${year}`).set(bearer(bureau)).expect(200)).body.find(
      (r: { brokerUserId: string }) => r.brokerUserId === broker.userId,
    );
    expect(before).toMatchObject({ introductions: 1, deals: 0, recordedTurnover: '0.00' });
    // The bureau registers the contract the two signed: demand and outcome as introduced.
    const deal = await api(app)
      .post('/api/v1/deals')
      .set(bearer(bureau))
      .set('Idempotency-Key', randomUUID())
      .send({
        buyerOrgId: enterprise.orgId,
        sellerOrgId: institution.orgId,
        demandId,
        outcomeId,
        contractType: 'transfer',
        amount: '880000.00',
        signedAt: todayInChina(),
        registrationNo: `${year}331127${String(randomInt(10_000_000, 99_999_999))}`,
      });
    expect([201, 202]).toContain(deal.status);
    await waitFor(
      async () => (await db.query('SELECT status FROM deals WHERE id = $1', [deal.body.id]))[0].status === 'recorded',
      45_000,
      'deal recorded',
    );
    const after = (await api(app).get(`/api/v1/stats/brokers?year=${year}`).set(bearer(bureau)).expect(200)).body.find(
      (r: { brokerUserId: string }) => r.brokerUserId === broker.userId,
    );
    expect(after).toMatchObject({ introductions: 1, deals: 1, recordedTurnover: '880000.00' });
    const credited = await api(app).get(`/api/v1/introductions/${intro.body.id}`).set(bearer(broker.token)).expect(200);
    expect(credited.body.deals).toEqual([{ id: deal.body.id, status: 'recorded', amount: '880000.00' }]);
    const shown = await api(app).get(`/api/v1/deals/${deal.body.id}`).set(bearer(enterprise.token)).expect(200);
    expect(shown.body.broker).toEqual(expect.objectContaining({ introductionId: intro.body.id, brokerUserId: broker.userId }));
    await api(app).get(`/api/v1/stats/brokers?year=${year}`).set(bearer(broker.token)).expect(403);
  });

  it('keeps a broker the owner refused away from the demand, and a dropped stage needs a reason', async () => {
    // The first demand is fulfilled by the recorded deal: a new one.
    const demand = await publish('demands', enterprise.token, demandBody());
    const follow = (await api(app).post(`/api/v1/demands/${demand}/brokers`).set(bearer(broker.token)).expect(201)).body;
    const noReason = await api(app)
      .patch(`/api/v1/broker-follows/${follow.id}`)
      .set(bearer(broker.token))
      .send({ stage: 'dropped' })
      .expect(400);
    expect(noReason.body.errors[0].field).toBe('reason');
    await api(app).patch(`/api/v1/broker-follows/${follow.id}`).set(bearer(broker.token)).send({ stage: 'negotiating' }).expect(200);
    await api(app).patch(`/api/v1/broker-follows/${follow.id}`).set(bearer(broker.token)).send({ status: 'refused' }).expect(400);
    await api(app).patch(`/api/v1/broker-follows/${follow.id}`).set(bearer(enterprise.token)).send({ status: 'refused' }).expect(200);
    const refused = await api(app).post(`/api/v1/demands/${demand}/brokers`).set(bearer(broker.token)).expect(409);
    expect(refused.body.code).toBe('BROKER_FOLLOW_REFUSED');
    const otherOutcome = await publish('outcomes', institution.token, outcomeBody());
    await api(app)
      .post('/api/v1/introductions')
      .set(bearer(broker.token))
      .send({ demandId: demand, outcomeId: otherOutcome, note: '被谢绝后不能再引荐。' })
      .expect(409);
    const mine = (await api(app).get('/api/v1/broker-follows').set(bearer(broker.token)).expect(200)).body.find(
      (f: { id: string }) => f.id === follow.id,
    );
    expect(mine).toMatchObject({ status: 'refused', stage: 'negotiating', contacts: null });
  });
});

import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { bearer, registerMember, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('inquiries (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;
  let bureau: string;
  let owner: Member;
  let university: Member;
  let outsider: Member;
  let demandId: string;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    owner = await registerMember(app, 'enterprise');
    university = await registerMember(app, 'institution');
    outsider = await registerMember(app, 'enterprise');
    demandId = await publishedDemand();
  });

  afterAll(async () => {
    await app.close();
  });

  async function publishedDemand(): Promise<string> {
    const res = await api(app).post('/api/v1/demands').set(bearer(owner.token)).send(demandBody()).expect(201);
    await api(app).post(`/api/v1/demands/${res.body.id}/approve`).set(bearer(bureau)).expect(200);
    return res.body.id;
  }

  const inquiryCount = async () => Number((await db.query('SELECT count(*)::int AS n FROM inquiries'))[0].n);
  const messageCount = async () => Number((await db.query('SELECT count(*)::int AS n FROM inquiry_messages'))[0].n);
  const open = (token: string, body: Record<string, unknown>) => api(app).post('/api/v1/inquiries').set(bearer(token)).send(body);

  it('carries a conversation between the two organizations until either closes it', async () => {
    const id = await publishedDemand();
    const opened = await open(university.token, { demandId: id, message: '我院有连续化杀青温控技术，可否到贵厂现场看看？' }).expect(201);
    expect(opened.body).toMatchObject({
      status: 'open',
      statusLabel: '对接中',
      side: 'sent',
      listing: { type: 'demand', id, title: demandBody().title },
      owner: { id: owner.orgId, name: '青岚云雾茶业有限公司' },
      requester: { id: university.orgId, name: '东瓯理工大学' },
    });
    expect(opened.body.messages).toHaveLength(1);
    const inquiryId = opened.body.id;

    const received = await api(app).get('/api/v1/inquiries').query({ side: 'received' }).set(bearer(owner.token)).expect(200);
    expect(received.body.items.map((i: { id: string }) => i.id)).toContain(inquiryId);
    const reply = await api(app)
      .post(`/api/v1/inquiries/${inquiryId}/messages`)
      .set(bearer(owner.token))
      .send({ body: '欢迎，下周二上午可以。' })
      .expect(201);
    expect(reply.body).toMatchObject({ mine: true, organizationId: owner.orgId });

    const read = await api(app).get(`/api/v1/inquiries/${inquiryId}`).set(bearer(university.token)).expect(200);
    expect(read.body.messages.map((m: { body: string; mine: boolean }) => [m.body, m.mine])).toEqual([
      ['我院有连续化杀青温控技术，可否到贵厂现场看看？', true],
      ['欢迎，下周二上午可以。', false],
    ]);

    const closed = await api(app).post(`/api/v1/inquiries/${inquiryId}/close`).set(bearer(owner.token)).expect(200);
    expect(closed.body).toMatchObject({ status: 'closed', statusLabel: '已关闭' });
    const before = await messageCount();
    const late = await api(app)
      .post(`/api/v1/inquiries/${inquiryId}/messages`)
      .set(bearer(university.token))
      .send({ body: '还在吗？' })
      .expect(409);
    expect(late.body.code).toBe('INQUIRY_CLOSED');
    expect(await messageCount()).toBe(before);
  });

  it('works the same way on an outcome', async () => {
    const created = await api(app).post('/api/v1/outcomes').set(bearer(university.token)).send(outcomeBody()).expect(201);
    await api(app).post(`/api/v1/outcomes/${created.body.id}/approve`).set(bearer(bureau)).expect(200);
    const opened = await open(owner.token, { outcomeId: created.body.id, message: '想了解许可费用和中试条件。' }).expect(201);
    expect(opened.body).toMatchObject({ side: 'sent', listing: { type: 'outcome' }, owner: { id: university.orgId } });
    const mine = await api(app).get('/api/v1/inquiries').query({ side: 'received' }).set(bearer(university.token)).expect(200);
    expect(mine.body.items.map((i: { id: string }) => i.id)).toContain(opened.body.id);
  });

  it('keeps an inquiry invisible to any third organization', async () => {
    const id = await publishedDemand();
    const opened = await open(university.token, { demandId: id, message: '请问预算是否可以商量？' }).expect(201);
    const inquiryId = opened.body.id;
    const before = await messageCount();
    await api(app).get(`/api/v1/inquiries/${inquiryId}`).set(bearer(outsider.token)).expect(404);
    await api(app).post(`/api/v1/inquiries/${inquiryId}/messages`).set(bearer(outsider.token)).send({ body: '我也想参与' }).expect(404);
    await api(app).post(`/api/v1/inquiries/${inquiryId}/close`).set(bearer(outsider.token)).expect(404);
    const list = await api(app).get('/api/v1/inquiries').query({ limit: 100 }).set(bearer(outsider.token)).expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(inquiryId);
    await api(app).get(`/api/v1/inquiries/${inquiryId}`).set(bearer(bureau)).expect(403);
    await api(app).get(`/api/v1/inquiries/${inquiryId}`).expect(401);
    expect(await messageCount()).toBe(before);
    expect((await db.query('SELECT status FROM inquiries WHERE id = $1', [inquiryId]))[0].status).toBe('open');
  });

  it('refuses an inquiry on one’s own listing with 403 and writes nothing', async () => {
    const before = await inquiryCount();
    const res = await open(owner.token, { demandId, message: '自己问自己' }).expect(403);
    expect(res.body.code).toBe('INQUIRY_OWN_LISTING');
    expect(await inquiryCount()).toBe(before);
  });

  it('refuses a second open inquiry on the same listing from the same organization', async () => {
    const id = await publishedDemand();
    const first = await open(university.token, { demandId: id, message: '第一次联系' }).expect(201);
    const again = await open(university.token, { demandId: id, message: '第二次联系' }).expect(409);
    expect(again.body.code).toBe('INQUIRY_ALREADY_OPEN');
    await api(app).post(`/api/v1/inquiries/${first.body.id}/close`).set(bearer(university.token)).expect(200);
    await open(university.token, { demandId: id, message: '关闭后重新联系' }).expect(201);
  });

  it('answers 404 for listings that are not published, and writes nothing', async () => {
    const pending = await api(app).post('/api/v1/demands').set(bearer(owner.token)).send(demandBody()).expect(201);
    const before = await inquiryCount();
    await open(university.token, { demandId: pending.body.id, message: '你好' }).expect(404);
    await open(university.token, { outcomeId: '6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a001', message: '你好' }).expect(404);
    expect(await inquiryCount()).toBe(before);
  });

  it.each([
    ['neither listing', { message: '你好' }, 'demandId'],
    ['both listings', { demandId: '6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a001', outcomeId: '6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a002' }, 'outcomeId'],
    ['a malformed id', { demandId: 'abc', message: '你好' }, 'demandId'],
    ['an empty message', { message: '   ' }, 'message'],
    ['a message over 2000 characters', { message: '长'.repeat(2001) }, 'message'],
  ])('rejects %s with 400 naming the field and writes nothing', async (_case, body, field) => {
    const before = await inquiryCount();
    const payload = { demandId, message: '你好', ...body };
    if (_case === 'neither listing') delete (payload as Record<string, unknown>).demandId;
    if (_case === 'both listings') payload.message = '你好';
    const res = await open(university.token, payload).expect(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    expect(await inquiryCount()).toBe(before);
  });

  it('refuses anonymous callers and the bureau', async () => {
    const before = await inquiryCount();
    await api(app).post('/api/v1/inquiries').send({ demandId, message: '你好' }).expect(401);
    await open(bureau, { demandId, message: '你好' }).expect(403);
    await api(app).get('/api/v1/inquiries').expect(401);
    await api(app).get('/api/v1/inquiries/not-a-uuid').set(bearer(owner.token)).expect(400);
    expect(await inquiryCount()).toBe(before);
  });
});

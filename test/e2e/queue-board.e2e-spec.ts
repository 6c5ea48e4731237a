import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { QUEUES } from '@app/queue';
import { bureauToken } from '../helpers/bureau.js';
import { bearer, registerMember, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/** The queue dashboard (bull-board) behind the api's authentication, for bureau members only. */
describe('queue dashboard (e2e)', () => {
  let app: INestApplication<App>;
  let bureau: string;
  let enterprise: Member;

  beforeAll(async () => {
    app = await createTestApp();
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
  });

  afterAll(async () => {
    await app?.close();
  });

  it('refuses anonymous callers, bad tokens and members of other organizations, on the page and on its api', async () => {
    for (const path of ['/api/v1/ops/queues', '/api/v1/ops/queues/api/queues']) {
      const anonymous = await api(app).get(path).expect(401);
      expect(anonymous.body).toMatchObject({ code: 'UNAUTHENTICATED' });
      await api(app).get(path).set('Authorization', 'Bearer not-a-token').expect(401);
      await api(app).get(path).set('Cookie', 'techmarket_ops=not-a-token').expect(401);
      const forbidden = await api(app).get(path).set(bearer(enterprise.token)).expect(403);
      expect(forbidden.body).toMatchObject({ code: 'FORBIDDEN' });
      expect(forbidden.text).not.toContain('deals');
    }
    await api(app).post('/api/v1/ops/queue-board/session').expect(401);
    await api(app).post('/api/v1/ops/queue-board/session').set(bearer(enterprise.token)).expect(403);
  });

  it('shows the bureau every queue of the market', async () => {
    const page = await api(app).get('/api/v1/ops/queues').set(bearer(bureau)).expect(200);
    expect(page.headers['content-type']).toMatch(/text\/html/);
    expect(page.text).toContain('techmarket 队列');
    const queues = await api(app).get('/api/v1/ops/queues/api/queues').set(bearer(bureau)).expect(200);
    const names = (queues.body as { queues: { name: string }[] }).queues.map((q) => q.name).sort();
    expect(names).toEqual(Object.values(QUEUES).sort());
  });

  it('opens in a browser through a session cookie that holds the same token, HttpOnly and SameSite=Strict', async () => {
    const session = await api(app).post('/api/v1/ops/queue-board/session').set(bearer(bureau)).expect(200);
    expect(session.body.url).toBe('/api/v1/ops/queues');
    expect(Date.parse(session.body.expiresAt)).toBeGreaterThan(Date.now());
    const setCookie = String(session.headers['set-cookie']);
    expect(setCookie).toMatch(/^techmarket_ops=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    expect(setCookie).toMatch(/Path=\/api\/v1\/ops\/queues/);
    const cookie = setCookie.split(';')[0];
    await api(app).get('/api/v1/ops/queues/api/queues').set('Cookie', cookie).expect(200);
    // A cookie made from a non-bureau token opens nothing.
    await api(app).get('/api/v1/ops/queues/api/queues').set('Cookie', `techmarket_ops=${enterprise.token}`).expect(403);
  });
});

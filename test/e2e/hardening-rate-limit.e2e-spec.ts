import type { INestApplication } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import type { App } from 'supertest/types.js';
import { registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { ownRedisPrefix } from '../helpers/deals.js';
import { bearer, registerMember } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/** Every route is rate-limited in Redis: per address, per user, tighter on costly routes; replicas share the counts. */
describe('rate limits (e2e)', () => {
  const apps: INestApplication<App>[] = [];
  const start = async (env: Record<string, string>) => {
    const app = await createTestApp({
      RATE_LIMIT_ANON_PER_MIN: '1000',
      RATE_LIMIT_USER_PER_MIN: '1000',
      RATE_LIMIT_MATCHES_PER_MIN: '1000',
      RATE_LIMIT_POSTS_PER_MIN: '1000',
      ...env,
    });
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  const expectLimited = (res: { status: number; body: { code?: string }; headers: Record<string, string> }) => {
    expect(res.status).toBe(429);
    expect(res.body.code).toBe('RATE_LIMITED');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  };

  it('limits an anonymous address on any route, whatever X-Forwarded-For it sends, across api instances', async () => {
    const prefix = ownRedisPrefix('rla');
    const [one, two] = [
      await start({ REDIS_PREFIX: prefix, RATE_LIMIT_ANON_PER_MIN: '4' }),
      await start({ REDIS_PREFIX: prefix, RATE_LIMIT_ANON_PER_MIN: '4' }),
    ];
    for (let i = 0; i < 2; i++) await api(one).get('/api/v1/health').expect(200);
    for (let i = 0; i < 2; i++) await api(two).get('/api/v1/regions').expect(200);
    expectLimited(await api(one).get('/api/v1/demands').set('X-Forwarded-For', '203.0.113.7'));
    expectLimited(await api(two).get('/api/v1/health'));
  });

  it('limits a signed-in user per user, not per address', async () => {
    const app = await start({ REDIS_PREFIX: ownRedisPrefix('rlu'), RATE_LIMIT_USER_PER_MIN: '3' });
    const [a, b] = await Promise.all(
      [0, 1].map(async () => (await api(app).post('/api/v1/auth/register').send(registerBody()).expect(201)).body.accessToken as string),
    );
    for (let i = 0; i < 3; i++) await api(app).get('/api/v1/me').set(bearer(a)).expect(200);
    expectLimited(await api(app).get('/api/v1/me').set(bearer(a)));
    await api(app).get('/api/v1/me').set(bearer(b)).expect(200);
  });

  it('is tighter on match pages and on inquiry and deal posts, and a limited post writes nothing', async () => {
    const app = await start({ REDIS_PREFIX: ownRedisPrefix('rlt'), RATE_LIMIT_MATCHES_PER_MIN: '2', RATE_LIMIT_POSTS_PER_MIN: '2' });
    const { token } = await registerMember(app, 'enterprise');
    for (let i = 0; i < 2; i++) await api(app).get(`/api/v1/demands/${randomUUID()}/matches`).set(bearer(token)).expect(404);
    expectLimited(await api(app).get(`/api/v1/outcomes/${randomUUID()}/matches`).set(bearer(token)));
    for (let i = 0; i < 2; i++) await api(app).post('/api/v1/inquiries').set(bearer(token)).send({}).expect(400);
    expectLimited(await api(app).post('/api/v1/deals').set(bearer(token)).set('Idempotency-Key', randomUUID()).send({}));
    // Reading pages is not counted against the tighter limits.
    await api(app).get('/api/v1/me').set(bearer(token)).expect(200);
  });

  it('limits logins per email address, however many addresses the guesses come from', async () => {
    const app = await start({ REDIS_PREFIX: ownRedisPrefix('rle'), AUTH_RATE_LIMIT: '3', TRUST_PROXY: '1' });
    const email = uniqueEmail('guessed');
    const guess = (address: string) =>
      api(app).post('/api/v1/auth/login').set('X-Forwarded-For', address).send({ email, password: 'Wrong2026password' });
    for (let i = 0; i < 3; i++) expect((await guess(`198.51.100.${i + 1}`)).status).toBe(401);
    expectLimited(await guess('198.51.100.200'));
    // The address limit itself is per address: another email from a fresh address still gets an answer.
    const other = await api(app)
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '198.51.100.201')
      .send({ email: uniqueEmail('other'), password: 'Wrong2026password' });
    expect(other.status).toBe(401);
  });
});

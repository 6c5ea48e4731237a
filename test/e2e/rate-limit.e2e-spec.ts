import type { INestApplication } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('auth rate limit (e2e)', () => {
  let app: INestApplication<App>;

  beforeAll(async () => {
    // Its own Redis prefix, so the counters start at zero and touch no other suite.
    app = await createTestApp({ AUTH_RATE_LIMIT: '3', REDIS_PREFIX: `${process.env.REDIS_PREFIX}_rl${randomBytes(3).toString('hex')}` });
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers 429 with Retry-After once a client exceeds the login limit', async () => {
    const attempt = () =>
      api(app)
        .post('/api/v1/auth/login')
        .send({ email: uniqueEmail('limit'), password: 'Wrong2026password' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(limited.body.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('limits registration separately, and a limited registration writes nothing', async () => {
    for (let i = 0; i < 3; i++) {
      expect((await api(app).post('/api/v1/auth/register').send(registerBody())).status).toBe(201);
    }
    const body = registerBody();
    const limited = await api(app).post('/api/v1/auth/register').send(body);
    expect(limited.status).toBe(429);
    const [row] = await app.get(DataSource).query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
    expect(row.n).toBe(0);
  });
});

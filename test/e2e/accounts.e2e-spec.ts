import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { GOOD_PASSWORD, registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { api, createTestApp } from '../helpers/test-app.js';
import { bureauToken } from '../helpers/bureau.js';

describe('accounts (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;

  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app.close();
  });

  const countUsers = async (email: string) =>
    Number((await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email.toLowerCase()]))[0].n);
  const countOrgs = async (creditCode: string) =>
    Number((await db.query('SELECT count(*)::int AS n FROM organizations WHERE credit_code = $1', [creditCode]))[0].n);

  describe('POST /auth/register', () => {
    it('creates the organization and its first user and returns a token', async () => {
      const body = registerBody();
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(201);
      expect(res.body.accessToken).toEqual(expect.any(String));
      expect(res.body.user).toMatchObject({ email: body.email.toLowerCase(), displayName: body.displayName, orgRole: 'admin' });
      expect(res.body.user).not.toHaveProperty('passwordHash');
      expect(res.body.org).toMatchObject({
        name: body.org.name,
        type: 'enterprise',
        creditCode: body.org.creditCode,
        verified: false,
        typeLabel: '企业',
      });
      const me = await api(app).get('/api/v1/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
      expect(me.body.user.id).toBe(res.body.user.id);
      expect(me.body.role).toBe('enterprise');
    });

    it('rejects an invalid credit code with 400 naming org.creditCode and writes nothing', async () => {
      const body = registerBody();
      const bad = body.org.creditCode.slice(0, 17) + (body.org.creditCode[17] === '0' ? '1' : '0');
      const res = await api(app)
        .post('/api/v1/auth/register')
        .send({ ...body, org: { ...body.org, creditCode: bad } })
        .expect(400);
      expect(res.body).toMatchObject({ statusCode: 400, code: 'VALIDATION_FAILED', requestId: expect.any(String) });
      expect(res.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'org.creditCode' })]));
      expect(await countUsers(body.email)).toBe(0);
      expect(await countOrgs(bad)).toBe(0);
    });

    it('rejects a region that is not a division code', async () => {
      const body = registerBody({ org: { region: '991127' } });
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('org.region');
      expect(await countUsers(body.email)).toBe(0);
    });

    it('refuses to register a bureau organization', async () => {
      const body = registerBody({ org: { type: 'bureau' } });
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('org.type');
      expect(await countUsers(body.email)).toBe(0);
    });

    it('answers 409 for the same email in another case', async () => {
      const first = registerBody();
      await api(app).post('/api/v1/auth/register').send(first).expect(201);
      const again = registerBody({ email: first.email.toUpperCase() });
      const res = await api(app).post('/api/v1/auth/register').send(again).expect(409);
      expect(res.body.code).toBe('EMAIL_TAKEN');
      expect(await countOrgs(again.org.creditCode)).toBe(0);
    });

    it('answers 409 for a credit code that is already registered', async () => {
      const first = registerBody();
      await api(app).post('/api/v1/auth/register').send(first).expect(201);
      const again = registerBody({ org: { creditCode: first.org.creditCode } });
      const res = await api(app).post('/api/v1/auth/register').send(again).expect(409);
      expect(res.body.code).toBe('ORGANIZATION_EXISTS');
      expect(await countUsers(again.email)).toBe(0);
    });

    it.each([
      ['too short', 'abc123'],
      ['without digits', 'onlylettersherE'],
      ['without letters', '12345678901234'],
      ['too common', 'password1234'],
    ])('rejects a weak password (%s) with 400 naming password', async (_label, password) => {
      const body = registerBody({ password });
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('password');
      expect(await countUsers(body.email)).toBe(0);
    });

    it('rejects an unknown body field with 400 naming it', async () => {
      const body = { ...registerBody(), role: 'bureau' };
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('role');
      expect(await countUsers(body.email)).toBe(0);
    });

    it('rejects an unknown nested field with 400 naming its path', async () => {
      const body = registerBody({ org: { verified: true } });
      const res = await api(app).post('/api/v1/auth/register').send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('org.verified');
    });

    it('rejects malformed JSON with 400', async () => {
      const res = await api(app).post('/api/v1/auth/register').set('Content-Type', 'application/json').send('{"email":').expect(400);
      expect(res.body.code).toBe('MALFORMED_JSON');
    });

    it('accepts concurrent registrations of one email once', async () => {
      const email = uniqueEmail('race');
      const results = await Promise.all(
        Array.from({ length: 5 }, () => api(app).post('/api/v1/auth/register').send(registerBody({ email }))),
      );
      expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
      expect(await countUsers(email)).toBe(1);
    });
  });

  describe('POST /auth/login', () => {
    it('logs in with the right password, in any email case', async () => {
      const body = registerBody();
      await api(app).post('/api/v1/auth/register').send(body).expect(201);
      const res = await api(app).post('/api/v1/auth/login').send({ email: body.email.toUpperCase(), password: GOOD_PASSWORD }).expect(200);
      expect(res.body.accessToken).toEqual(expect.any(String));
    });

    it('answers a wrong password and an unknown email with the same 401', async () => {
      const body = registerBody();
      await api(app).post('/api/v1/auth/register').send(body).expect(201);
      const wrong = await api(app).post('/api/v1/auth/login').send({ email: body.email, password: 'Wrong2026password' }).expect(401);
      const unknown = await api(app)
        .post('/api/v1/auth/login')
        .send({ email: uniqueEmail('nobody'), password: GOOD_PASSWORD })
        .expect(401);
      const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
      expect(strip(wrong.body)).toEqual(strip(unknown.body));
      expect(wrong.body.code).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('GET /me', () => {
    it('answers 401 without a token', async () => {
      const res = await api(app).get('/api/v1/me').expect(401);
      expect(res.body.code).toBe('UNAUTHENTICATED');
    });

    it('answers 401 for a forged token', async () => {
      await api(app).get('/api/v1/me').set('Authorization', 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad').expect(401);
    });
  });

  describe('POST /organizations/:id/verify', () => {
    it('lets the bureau verify an organization', async () => {
      const reg = await api(app)
        .post('/api/v1/auth/register')
        .send(registerBody({ type: 'institution' }))
        .expect(201);
      const token = await bureauToken(app);
      const res = await api(app)
        .post(`/api/v1/organizations/${reg.body.org.id}/verify`)
        .set('Authorization', `Bearer ${token}`)
        .expect(200);
      expect(res.body).toMatchObject({ id: reg.body.org.id, verified: true });
      const me = await api(app).get('/api/v1/me').set('Authorization', `Bearer ${reg.body.accessToken}`).expect(200);
      expect(me.body.org.verified).toBe(true);
    });

    it('answers 403 to an enterprise token and verifies nothing', async () => {
      const target = await api(app)
        .post('/api/v1/auth/register')
        .send(registerBody({ type: 'institution' }))
        .expect(201);
      const enterprise = await api(app).post('/api/v1/auth/register').send(registerBody()).expect(201);
      const res = await api(app)
        .post(`/api/v1/organizations/${target.body.org.id}/verify`)
        .set('Authorization', `Bearer ${enterprise.body.accessToken}`)
        .expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      const [row] = await db.query('SELECT verified FROM organizations WHERE id = $1', [target.body.org.id]);
      expect(row.verified).toBe(false);
    });

    it('answers 401 without a token', async () => {
      const target = await api(app)
        .post('/api/v1/auth/register')
        .send(registerBody({ type: 'institution' }))
        .expect(201);
      await api(app).post(`/api/v1/organizations/${target.body.org.id}/verify`).expect(401);
    });

    it('answers 400 for a malformed id and 404 for an unknown one', async () => {
      const token = await bureauToken(app);
      await api(app).post('/api/v1/organizations/not-a-uuid/verify').set('Authorization', `Bearer ${token}`).expect(400);
      await api(app)
        .post('/api/v1/organizations/5d6f3b0e-9c1a-4b7e-8f00-000000000000/verify')
        .set('Authorization', `Bearer ${token}`)
        .expect(404);
    });
  });

  it('answers unknown routes with 404 in the error shape', async () => {
    const res = await api(app).get('/api/v1/nothing-here').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND', requestId: expect.any(String) });
  });

  it('echoes a sane X-Request-Id and sets security headers', async () => {
    const res = await api(app).get('/api/v1/nothing-here').set('X-Request-Id', 'abc-123').expect(404);
    expect(res.headers['x-request-id']).toBe('abc-123');
    expect(res.body.requestId).toBe('abc-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });
});

import { createHmac, randomBytes } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { PASSWORD_RESET_MIN_MS } from '@app/accounts';
import { GOOD_PASSWORD, registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { countRows, dealBody, newKey, ownRedisPrefix } from '../helpers/deals.js';
import { bearer, registerMember } from '../helpers/listings.js';
import { startWorker } from '../helpers/listings.js';
import { linkToken, mailsTo, waitForMail } from '../helpers/mail.js';
import { api, createTestApp } from '../helpers/test-app.js';

const NEW_PASSWORD = 'Terrace2027rain';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
function signHs256(payload: object, secret = process.env.JWT_SECRET!): string {
  const head = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64(payload)}`;
  return `${head}.${createHmac('sha256', secret).update(head).digest('base64url')}`;
}
const subjectOf = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sub: string; ver: number };

/** Sign-in that holds: revocable tokens, mailed password resets and email verification. */
describe('account lifecycle (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;

  beforeAll(async () => {
    const env = { REDIS_PREFIX: ownRedisPrefix('lifecycle') };
    app = await createTestApp(env);
    worker = await startWorker(env);
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  async function registered() {
    const body = registerBody();
    const res = await api(app).post('/api/v1/auth/register').send(body).expect(201);
    return {
      email: body.email,
      token: res.body.accessToken as string,
      userId: res.body.user.id as string,
      orgId: res.body.org.id as string,
    };
  }

  describe('tokens', () => {
    it('answers 401 to a token after POST /auth/logout, and to the same user’s other tokens', async () => {
      const user = await registered();
      const second = (await api(app).post('/api/v1/auth/login').send({ email: user.email, password: GOOD_PASSWORD }).expect(200)).body
        .accessToken;
      await api(app).get('/api/v1/me').set(bearer(user.token)).expect(200);
      await api(app).post('/api/v1/auth/logout').set(bearer(user.token)).expect(204);
      await api(app).get('/api/v1/me').set(bearer(user.token)).expect(401);
      await api(app).get('/api/v1/me').set(bearer(second)).expect(401);
      await api(app).post('/api/v1/demands').set(bearer(user.token)).send(demandBody()).expect(401);
      const again = await api(app).post('/api/v1/auth/login').send({ email: user.email, password: GOOD_PASSWORD }).expect(200);
      await api(app).get('/api/v1/me').set(bearer(again.body.accessToken)).expect(200);
    });

    it('answers 401 to an expired token, to alg none, and to a token signed with another secret', async () => {
      const user = await registered();
      const { sub, ver } = subjectOf(user.token);
      const now = Math.floor(Date.now() / 1000);
      // The same signature scheme with a live expiry passes: the forgeries below fail for their own reason.
      await api(app)
        .get('/api/v1/me')
        .set(bearer(signHs256({ sub, ver, iat: now, exp: now + 60 })))
        .expect(200);
      const expired = signHs256({ sub, ver, iat: now - 7200, exp: now - 60 });
      const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub, ver, iat: now, exp: now + 3600 })}.`;
      const otherSecret = signHs256({ sub, ver, iat: now, exp: now + 3600 }, randomBytes(32).toString('hex'));
      for (const token of [expired, none, otherSecret]) {
        const res = await api(app).get('/api/v1/me').set(bearer(token)).expect(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
      }
    });

    it('revokes the other tokens on a password change and returns a fresh one', async () => {
      const user = await registered();
      const other = (await api(app).post('/api/v1/auth/login').send({ email: user.email, password: GOOD_PASSWORD }).expect(200)).body
        .accessToken;
      const wrong = await api(app)
        .post('/api/v1/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: 'Wrong2026guess', newPassword: NEW_PASSWORD })
        .expect(400);
      expect(wrong.body.errors[0].field).toBe('currentPassword');
      const weak = await api(app)
        .post('/api/v1/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: GOOD_PASSWORD, newPassword: 'short1' })
        .expect(400);
      expect(weak.body.errors[0].field).toBe('newPassword');
      await api(app).get('/api/v1/me').set(bearer(other)).expect(200);
      const changed = await api(app)
        .post('/api/v1/me/password')
        .set(bearer(user.token))
        .send({ currentPassword: GOOD_PASSWORD, newPassword: NEW_PASSWORD })
        .expect(200);
      await api(app).get('/api/v1/me').set(bearer(changed.body.accessToken)).expect(200);
      await api(app).get('/api/v1/me').set(bearer(other)).expect(401);
      await api(app).get('/api/v1/me').set(bearer(user.token)).expect(401);
      await api(app).post('/api/v1/auth/login').send({ email: user.email, password: GOOD_PASSWORD }).expect(401);
      await api(app).post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
    });
  });

  describe('password reset', () => {
    it('answers the same, in about the same time, whether or not the address exists', async () => {
      const user = await registered();
      const unknown = uniqueEmail('nobody');
      const timed = async (email: string) => {
        const started = performance.now();
        const res = await api(app).post('/api/v1/auth/password-reset').send({ email });
        return { status: res.status, body: res.body as object, ms: performance.now() - started };
      };
      const known: number[] = [];
      const absent: number[] = [];
      for (let i = 0; i < 4; i++) {
        const a = await timed(user.email);
        const b = await timed(unknown);
        expect(a.status).toBe(202);
        expect(b.body).toEqual(a.body);
        expect(b.status).toBe(a.status);
        known.push(a.ms);
        absent.push(b.ms);
      }
      const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
      expect(median(absent)).toBeGreaterThanOrEqual(PASSWORD_RESET_MIN_MS - 5);
      expect(Math.abs(median(known) - median(absent))).toBeLessThan(120);
      await waitForMail(user.email, /重置/, 4);
      expect(await mailsTo(unknown)).toEqual([]);
    });

    it('sets the new password once through the mailed link and revokes every earlier token', async () => {
      const user = await registered();
      await api(app).post('/api/v1/auth/password-reset').send({ email: user.email.toUpperCase() }).expect(202);
      const mail = await waitForMail(user.email, /重置/);
      expect(mail.text).toContain('60 分钟');
      const token = linkToken(mail, 'password-reset');
      const weak = await api(app).post(`/api/v1/auth/password-reset/${token}`).send({ password: 'abc' }).expect(400);
      expect(weak.body.errors[0].field).toBe('password');
      await api(app).post(`/api/v1/auth/password-reset/${token}`).send({ password: NEW_PASSWORD }).expect(200);
      await api(app).post(`/api/v1/auth/password-reset/${token}`).send({ password: 'Another2027pass' }).expect(404);
      await api(app).get('/api/v1/me').set(bearer(user.token)).expect(401);
      await api(app).post('/api/v1/auth/login').send({ email: user.email, password: GOOD_PASSWORD }).expect(401);
      const login = await api(app).post('/api/v1/auth/login').send({ email: user.email, password: NEW_PASSWORD }).expect(200);
      // The link proved the address too.
      expect((await api(app).get('/api/v1/me').set(bearer(login.body.accessToken)).expect(200)).body.user.emailVerified).toBe(true);
    });

    it('refuses a link older than an hour, and a malformed one', async () => {
      const user = await registered();
      await api(app).post('/api/v1/auth/password-reset').send({ email: user.email }).expect(202);
      const token = linkToken(await waitForMail(user.email, /重置/), 'password-reset');
      await db.query(`UPDATE account_tokens SET expires_at = created_at + interval '1 hour' - interval '1 day' WHERE user_id = $1`, [
        user.userId,
      ]);
      const res = await api(app).post(`/api/v1/auth/password-reset/${token}`).send({ password: NEW_PASSWORD }).expect(404);
      expect(res.body.code).toBe('LINK_INVALID');
      await api(app).post('/api/v1/auth/password-reset/not-a-token').send({ password: NEW_PASSWORD }).expect(404);
      await api(app).post('/api/v1/auth/login').send({ email: user.email, password: GOOD_PASSWORD }).expect(200);
    });

    it.each(['nope', '\udfff', 'a\ud800@example.cn'])('answers 400 naming email for the malformed address %j', async (email) => {
      const res = await api(app)
        .post('/api/v1/auth/password-reset')
        .set('Content-Type', 'application/json')
        .send(JSON.stringify({ email }));
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('email');
    });
  });

  describe('email verification', () => {
    it('lets an unverified user sign in and post drafts, but not declare deals or open inquiries, until the mailed link is opened', async () => {
      const bureau = await bureauToken(app);
      const institution = await registerMember(app, 'institution', { verifyWith: bureau });
      const outcome = await api(app).post('/api/v1/outcomes').set(bearer(institution.token)).send(outcomeBody()).expect(201);
      await api(app).post(`/api/v1/outcomes/${outcome.body.id}/approve`).set(bearer(bureau)).expect(200);

      const user = await registered();
      await api(app).post(`/api/v1/organizations/${user.orgId}/verify`).set(bearer(bureau)).expect(200);
      const me = await api(app).get('/api/v1/me').set(bearer(user.token)).expect(200);
      expect(me.body.user.emailVerified).toBe(false);
      await api(app).post('/api/v1/demands').set(bearer(user.token)).send(demandBody()).expect(201);

      const inquiries = () => countRows(db, 'SELECT 1 FROM inquiries WHERE listing_id = $1', [outcome.body.id]);
      const inquiry = { outcomeId: outcome.body.id, message: '我们想了解中试条件。' };
      const refused = await api(app).post('/api/v1/inquiries').set(bearer(user.token)).send(inquiry).expect(403);
      expect(refused.body.code).toBe('EMAIL_NOT_VERIFIED');
      expect(refused.body.message).toContain('验证邮箱');
      expect(await inquiries()).toBe(0);
      const deals = () => countRows(db, 'SELECT 1 FROM deals WHERE buyer_org_id = $1', [user.orgId]);
      const deal = await api(app)
        .post('/api/v1/deals')
        .set(bearer(user.token))
        .set('Idempotency-Key', newKey())
        .send(dealBody(user.orgId, institution.orgId))
        .expect(403);
      expect(deal.body.code).toBe('EMAIL_NOT_VERIFIED');
      expect(await deals()).toBe(0);

      const mail = await waitForMail(user.email, /验证/);
      const token = linkToken(mail, 'verify-email');
      await api(app).post(`/api/v1/auth/verify-email/${token}`).expect(200);
      await api(app).post(`/api/v1/auth/verify-email/${token}`).expect(404);
      expect((await api(app).get('/api/v1/me').set(bearer(user.token)).expect(200)).body.user.emailVerified).toBe(true);
      await api(app).post('/api/v1/inquiries').set(bearer(user.token)).send(inquiry).expect(201);
      expect(await inquiries()).toBe(1);
      await api(app).post('/api/v1/auth/verify-email').set(bearer(user.token)).expect(409);
    });

    it('mails a fresh link on request, and the older one stops working once one is used', async () => {
      const user = await registered();
      await waitForMail(user.email, /验证/);
      await api(app).post('/api/v1/auth/verify-email').set(bearer(user.token)).expect(202);
      const fresh = linkToken(await waitForMail(user.email, /验证/, 2), 'verify-email');
      const first = linkToken(await waitForMail(user.email, /验证/, 1), 'verify-email');
      expect(fresh).not.toBe(first);
      await api(app).post(`/api/v1/auth/verify-email/${fresh}`).expect(200);
      await api(app).post(`/api/v1/auth/verify-email/${first}`).expect(404);
    });
  });
});

import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { demandBody } from '../../libs/listings/test/listings.factory.js';
import { countRows, ownRedisPrefix } from '../helpers/deals.js';
import { bearer, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { linkToken, waitForMail } from '../helpers/mail.js';
import { api, createTestApp } from '../helpers/test-app.js';

const NEW_PASSWORD = 'Orchard2027bloom';

/** Organizations of people: invitations read from the mail the SMTP server caught, roles, disabling. */
describe('members (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;

  beforeAll(async () => {
    const env = { REDIS_PREFIX: ownRedisPrefix('members') };
    app = await createTestApp(env);
    worker = await startWorker(env);
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  /** Invites `email` into the admin's organization and accepts through the link in the mail. */
  async function join(admin: Member, role: 'admin' | 'member', email = uniqueEmail('joiner')) {
    await api(app).post(`/api/v1/organizations/${admin.orgId}/invitations`).set(bearer(admin.token)).send({ email, role }).expect(201);
    const mail = await waitForMail(email, /邀请您加入/);
    const token = linkToken(mail, 'invitations');
    const accepted = await api(app)
      .post(`/api/v1/invitations/${token}/accept`)
      .send({ password: NEW_PASSWORD, displayName: '林晓' })
      .expect(201);
    return { email, token, mail, userId: accepted.body.user.id as string, accessToken: accepted.body.accessToken as string };
  }

  describe('invite → accept → sign in → post for the organization', () => {
    it('lets an invited researcher join, sign in and post a listing for the organization', async () => {
      const admin = await registerMember(app, 'enterprise');
      const email = uniqueEmail('researcher');
      const invited = await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(admin.token))
        .send({ email: email.toUpperCase(), role: 'member' })
        .expect(201);
      expect(invited.body).toMatchObject({ email, role: 'member' });
      expect(invited.body).not.toHaveProperty('token');
      expect(new Date(invited.body.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);

      const mail = await waitForMail(email, /邀请您加入「青岚云雾茶业有限公司」/);
      expect(mail.text).toContain('成员');
      const token = linkToken(mail, 'invitations');
      // Only the token's hash is stored.
      expect(await countRows(db, `SELECT 1 FROM invitations WHERE token_hash = encode(sha256($1::bytea), 'hex')`, [token])).toBe(1);
      expect(await countRows(db, `SELECT 1 FROM invitations WHERE token_hash = $1`, [token])).toBe(0);
      // The outbox row no longer holds the link once the mail has gone out.
      const [row] = await db.query(`SELECT body_text, sent_at FROM mail_outbox WHERE to_address = $1`, [email]);
      expect(row.sent_at).not.toBeNull();
      expect(row.body_text).toBeNull();

      const preview = await api(app).get(`/api/v1/invitations/${token}`).expect(200);
      expect(preview.body).toMatchObject({
        email,
        role: 'member',
        roleLabel: '成员',
        organization: { id: admin.orgId, name: '青岚云雾茶业有限公司' },
      });

      const accepted = await api(app)
        .post(`/api/v1/invitations/${token}/accept`)
        .send({ password: NEW_PASSWORD, displayName: '林晓' })
        .expect(201);
      expect(accepted.body.user).toMatchObject({ email, orgRole: 'member', organizationId: admin.orgId, emailVerified: true });
      await api(app).post(`/api/v1/invitations/${token}/accept`).send({ password: NEW_PASSWORD, displayName: '林晓' }).expect(404);
      await api(app).get(`/api/v1/invitations/${token}`).expect(404);

      const login = await api(app).post('/api/v1/auth/login').send({ email, password: NEW_PASSWORD }).expect(200);
      const demand = await api(app).post('/api/v1/demands').set(bearer(login.body.accessToken)).send(demandBody()).expect(201);
      const [owner] = await db.query('SELECT organization_id FROM demands WHERE id = $1', [demand.body.id]);
      expect(owner.organization_id).toBe(admin.orgId);

      const members = await api(app).get(`/api/v1/organizations/${admin.orgId}/members`).set(bearer(admin.token)).expect(200);
      expect(members.body.items.map((m: { orgRole: string; status: string }) => `${m.orgRole}/${m.status}`)).toEqual([
        'admin/active',
        'member/active',
      ]);
      // A member sees neither the list nor the way to invite.
      await api(app).get(`/api/v1/organizations/${admin.orgId}/members`).set(bearer(login.body.accessToken)).expect(403);
      await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(login.body.accessToken))
        .send({ email: uniqueEmail('x'), role: 'member' })
        .expect(403);
    });

    it('rejects a second registration with the credit code and points to an invitation', async () => {
      const body = registerBody();
      await api(app).post('/api/v1/auth/register').send(body).expect(201);
      const again = await api(app)
        .post('/api/v1/auth/register')
        .send({ ...registerBody(), org: body.org })
        .expect(409);
      expect(again.body.code).toBe('ORGANIZATION_EXISTS');
      expect(again.body.message).toContain('邀请');
    });
  });

  describe('POST /organizations/:id/invitations', () => {
    let admin: Member;
    beforeAll(async () => {
      admin = await registerMember(app, 'institution');
    });
    const invitationsOf = (orgId: string) => countRows(db, 'SELECT 1 FROM invitations WHERE organization_id = $1', [orgId]);

    it.each([
      ['email', { email: 'not-an-email', role: 'member' }],
      ['role', { email: 'someone@example.cn', role: 'owner' }],
      ['role', { email: 'someone@example.cn' }],
    ])('answers 400 naming %s and invites nobody', async (field, body) => {
      const before = await invitationsOf(admin.orgId);
      const res = await api(app).post(`/api/v1/organizations/${admin.orgId}/invitations`).set(bearer(admin.token)).send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await invitationsOf(admin.orgId)).toBe(before);
    });

    it('answers 409 for an address that already has an account', async () => {
      const other = registerBody();
      await api(app).post('/api/v1/auth/register').send(other).expect(201);
      const res = await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(admin.token))
        .send({ email: other.email, role: 'member' })
        .expect(409);
      expect(res.body.code).toBe('EMAIL_TAKEN');
    });

    it("answers 403 to another organization's administrator and 401 without a token", async () => {
      const stranger = await registerMember(app, 'enterprise');
      const before = await invitationsOf(admin.orgId);
      const body = { email: uniqueEmail('x'), role: 'admin' };
      await api(app).post(`/api/v1/organizations/${admin.orgId}/invitations`).set(bearer(stranger.token)).send(body).expect(403);
      await api(app).post(`/api/v1/organizations/${admin.orgId}/invitations`).send(body).expect(401);
      expect(await invitationsOf(admin.orgId)).toBe(before);
    });

    it('refuses a weak password on acceptance, naming password, and keeps the link usable', async () => {
      const email = uniqueEmail('weak');
      await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(admin.token))
        .send({ email, role: 'member' })
        .expect(201);
      const token = linkToken(await waitForMail(email, /邀请您加入/), 'invitations');
      const weak = await api(app).post(`/api/v1/invitations/${token}/accept`).send({ password: 'short1', displayName: '王' }).expect(400);
      expect(weak.body.errors[0].field).toBe('password');
      expect(await countRows(db, 'SELECT 1 FROM users WHERE email = $1', [email])).toBe(0);
      await api(app).post(`/api/v1/invitations/${token}/accept`).send({ password: NEW_PASSWORD, displayName: '王' }).expect(201);
    });

    it('answers 404 for an expired invitation', async () => {
      const email = uniqueEmail('late');
      await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(admin.token))
        .send({ email, role: 'member' })
        .expect(201);
      const token = linkToken(await waitForMail(email, /邀请您加入/), 'invitations');
      await db.query(`UPDATE invitations SET expires_at = now() - interval '1 second' WHERE email = $1`, [email]);
      const res = await api(app)
        .post(`/api/v1/invitations/${token}/accept`)
        .send({ password: NEW_PASSWORD, displayName: '王' })
        .expect(404);
      expect(res.body.code).toBe('LINK_INVALID');
    });
  });

  describe('disabling a member', () => {
    it("makes the member's token answer 401 at once, and refuses their sign-in", async () => {
      const admin = await registerMember(app, 'enterprise');
      const member = await join(admin, 'member');
      await api(app).get('/api/v1/me').set(bearer(member.accessToken)).expect(200);
      const disabled = await api(app)
        .delete(`/api/v1/organizations/${admin.orgId}/members/${member.userId}`)
        .set(bearer(admin.token))
        .expect(200);
      expect(disabled.body).toMatchObject({ id: member.userId, status: 'disabled' });
      await api(app).get('/api/v1/me').set(bearer(member.accessToken)).expect(401);
      await api(app).post('/api/v1/demands').set(bearer(member.accessToken)).send(demandBody()).expect(401);
      const login = await api(app).post('/api/v1/auth/login').send({ email: member.email, password: NEW_PASSWORD }).expect(401);
      expect(login.body.code).toBe('ACCOUNT_DISABLED');
    });

    it('answers 404 for a user of another organization, and 403 to a member', async () => {
      const admin = await registerMember(app, 'enterprise');
      const other = await registerMember(app, 'enterprise');
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/members/${other.userId}`).set(bearer(admin.token)).expect(404);
      const member = await join(admin, 'member');
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/members/${admin.userId}`).set(bearer(member.accessToken)).expect(403);
      await api(app).get('/api/v1/me').set(bearer(admin.token)).expect(200);
      await api(app).get('/api/v1/me').set(bearer(other.token)).expect(200);
    });
  });

  describe('re-enabling a member', () => {
    it('lets a disabled member sign in again while the tokens from before stay revoked', async () => {
      const admin = await registerMember(app, 'enterprise');
      const member = await join(admin, 'member');
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/members/${member.userId}`).set(bearer(admin.token)).expect(200);
      const enabled = await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/members/${member.userId}/enable`)
        .set(bearer(admin.token))
        .expect(200);
      expect(enabled.body).toMatchObject({ id: member.userId, status: 'active', orgRole: 'member' });
      await api(app).get('/api/v1/me').set(bearer(member.accessToken)).expect(401);
      const login = await api(app).post('/api/v1/auth/login').send({ email: member.email, password: NEW_PASSWORD }).expect(200);
      await api(app).get('/api/v1/me').set(bearer(login.body.accessToken)).expect(200);
      const list = await api(app).get(`/api/v1/organizations/${admin.orgId}/members`).set(bearer(admin.token)).expect(200);
      expect(list.body.items.find((m: { id: string }) => m.id === member.userId).status).toBe('active');
    });

    it('refuses a member (403) and answers 404 for a user of another organization, enabling nobody', async () => {
      const admin = await registerMember(app, 'enterprise');
      const other = await registerMember(app, 'enterprise');
      const disabled = await join(admin, 'member');
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/members/${disabled.userId}`).set(bearer(admin.token)).expect(200);
      const member = await join(admin, 'member');
      await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/members/${disabled.userId}/enable`)
        .set(bearer(member.accessToken))
        .expect(403);
      await api(app).post(`/api/v1/organizations/${admin.orgId}/members/${other.userId}/enable`).set(bearer(admin.token)).expect(404);
      await api(app).post(`/api/v1/organizations/${other.orgId}/members/${disabled.userId}/enable`).set(bearer(other.token)).expect(404);
      expect(await countRows(db, 'SELECT 1 FROM users WHERE id = $1 AND disabled_at IS NOT NULL', [disabled.userId])).toBe(1);
    });
  });

  describe('withdrawing an invitation', () => {
    it('makes the mailed link answer 404 at once and drops it from the pending list', async () => {
      const admin = await registerMember(app, 'enterprise');
      const email = uniqueEmail('withdrawn');
      const invited = await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(admin.token))
        .send({ email, role: 'member' })
        .expect(201);
      const token = linkToken(await waitForMail(email, /邀请您加入/), 'invitations');
      await api(app).get(`/api/v1/invitations/${token}`).expect(200);

      const revoked = await api(app)
        .delete(`/api/v1/organizations/${admin.orgId}/invitations/${invited.body.id}`)
        .set(bearer(admin.token))
        .expect(200);
      expect(revoked.body).toMatchObject({ id: invited.body.id, email, role: 'member' });
      await api(app).get(`/api/v1/invitations/${token}`).expect(404);
      await api(app).post(`/api/v1/invitations/${token}/accept`).send({ password: NEW_PASSWORD, displayName: '林晓' }).expect(404);
      const pending = await api(app).get(`/api/v1/organizations/${admin.orgId}/invitations`).set(bearer(admin.token)).expect(200);
      expect(pending.body.items.map((i: { id: string }) => i.id)).not.toContain(invited.body.id);
      const again = await api(app)
        .delete(`/api/v1/organizations/${admin.orgId}/invitations/${invited.body.id}`)
        .set(bearer(admin.token))
        .expect(404);
      expect(again.body.code).toBe('INVITATION_NOT_FOUND');
      expect(await countRows(db, 'SELECT 1 FROM users WHERE email = $1', [email])).toBe(0);
    });

    it("keeps an accepted invitation, and refuses another organization's administrator", async () => {
      const admin = await registerMember(app, 'enterprise');
      const other = await registerMember(app, 'enterprise');
      const email = uniqueEmail('pending');
      const pending = await api(app)
        .post(`/api/v1/organizations/${admin.orgId}/invitations`)
        .set(bearer(admin.token))
        .send({ email, role: 'admin' })
        .expect(201);
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/invitations/${pending.body.id}`).set(bearer(other.token)).expect(403);
      await api(app).delete(`/api/v1/organizations/${other.orgId}/invitations/${pending.body.id}`).set(bearer(other.token)).expect(404);
      expect(await countRows(db, 'SELECT 1 FROM invitations WHERE id = $1', [pending.body.id])).toBe(1);

      const joined = await join(admin, 'member');
      const [accepted] = await db.query('SELECT id FROM invitations WHERE accepted_user_id = $1', [joined.userId]);
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/invitations/${accepted.id}`).set(bearer(admin.token)).expect(404);
      expect(await countRows(db, 'SELECT 1 FROM invitations WHERE id = $1', [accepted.id])).toBe(1);
    });
  });

  describe('roles', () => {
    it('keeps the only administrator: no self-demotion, no self-disabling', async () => {
      const admin = await registerMember(app, 'enterprise');
      const demote = await api(app)
        .patch(`/api/v1/organizations/${admin.orgId}/members/${admin.userId}`)
        .set(bearer(admin.token))
        .send({ role: 'member' })
        .expect(409);
      expect(demote.body.code).toBe('LAST_ADMIN');
      await api(app).delete(`/api/v1/organizations/${admin.orgId}/members/${admin.userId}`).set(bearer(admin.token)).expect(409);
      await api(app).get('/api/v1/me').set(bearer(admin.token)).expect(200);
    });

    it('answers 400 naming role for an unknown role', async () => {
      const admin = await registerMember(app, 'enterprise');
      const res = await api(app)
        .patch(`/api/v1/organizations/${admin.orgId}/members/${admin.userId}`)
        .set(bearer(admin.token))
        .send({ role: 'owner' })
        .expect(400);
      expect(res.body.errors[0].field).toBe('role');
    });

    it('lets two concurrent demotions of the last two administrators leave exactly one', async () => {
      const first = await registerMember(app, 'institution');
      const second = await join(first, 'admin');
      const admins = [
        { userId: first.userId, token: first.token },
        { userId: second.userId, token: second.accessToken },
      ];
      for (let round = 0; round < 6; round++) {
        // Each administrator demotes themselves at the same moment.
        const answers = await Promise.all(
          admins.map((a) =>
            api(app).patch(`/api/v1/organizations/${first.orgId}/members/${a.userId}`).set(bearer(a.token)).send({ role: 'member' }),
          ),
        );
        expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
        const active = await countRows(
          db,
          `SELECT 1 FROM users WHERE organization_id = $1 AND org_role = 'admin' AND disabled_at IS NULL`,
          [first.orgId],
        );
        expect(active).toBe(1);
        const keeper = admins[answers.findIndex((r) => r.status === 409)];
        const demoted = admins.find((a) => a !== keeper)!;
        await api(app)
          .patch(`/api/v1/organizations/${first.orgId}/members/${demoted.userId}`)
          .set(bearer(keeper.token))
          .send({ role: 'admin' })
          .expect(200);
      }
    });

    it('applies a demotion at once: a demoted administrator can no longer manage members', async () => {
      const first = await registerMember(app, 'enterprise');
      const second = await join(first, 'admin');
      await api(app)
        .patch(`/api/v1/organizations/${first.orgId}/members/${second.userId}`)
        .set(bearer(first.token))
        .send({ role: 'member' })
        .expect(200);
      await api(app).get(`/api/v1/organizations/${first.orgId}/members`).set(bearer(second.accessToken)).expect(403);
    });
  });
});

import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { bearer, registerMember, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('listings: writes, roles and validation (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;
  let bureau: string;
  let enterprise: Member;
  let otherEnterprise: Member;
  let institution: Member;
  let drop: () => Promise<void>;

  // `writes()` counts rows of the whole database, so no other suite may write to it meanwhile.
  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('writes');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise');
    otherEnterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
    institution = await registerMember(app, 'institution');
  });

  afterAll(async () => {
    await app.close();
    await drop();
  });

  const count = async (table: 'demands' | 'outcomes', orgId: string) =>
    Number((await db.query(`SELECT count(*)::int AS n FROM ${table} WHERE organization_id = $1`, [orgId]))[0].n);
  const rowsOf = async (table: 'demands' | 'outcomes', id: string) => (await db.query(`SELECT * FROM ${table} WHERE id = $1`, [id]))[0];
  const writes = async () =>
    Number((await db.query('SELECT (SELECT count(*) FROM listing_outbox) + (SELECT count(*) FROM listing_status_history) AS n'))[0].n);

  const createDemand = async (overrides: Record<string, unknown> = {}) =>
    (await api(app).post('/api/v1/demands').set(bearer(enterprise.token)).send(demandBody(overrides)).expect(201)).body;
  const createOutcome = async (overrides: Record<string, unknown> = {}) =>
    (await api(app).post('/api/v1/outcomes').set(bearer(institution.token)).send(outcomeBody(overrides)).expect(201)).body;

  describe('POST /demands', () => {
    it('creates a pending demand owned by the caller’s organization, with exact money and labels', async () => {
      const res = await api(app)
        .post('/api/v1/demands')
        .set(bearer(enterprise.token))
        .send(demandBody({ budgetMax: '1250000.5', contactPhone: '+86 138 1234 5678' }))
        .expect(201);
      expect(res.body).toMatchObject({
        status: 'pending',
        statusLabel: '待审核',
        organizationId: enterprise.orgId,
        budgetMax: '1250000.50',
        budgetLabel: '1250000.50元以内',
        fieldLabel: '现代农业',
        contactPhone: '13812345678',
        contactVisible: true,
      });
      const row = await rowsOf('demands', res.body.id);
      expect(row.budget_max_fen).toBe('125000050');
      const history = await db.query('SELECT from_status, to_status, actor_user_id FROM listing_status_history WHERE listing_id = $1', [
        res.body.id,
      ]);
      expect(history).toEqual([{ from_status: null, to_status: 'pending', actor_user_id: enterprise.userId }]);
      expect(Number((await db.query('SELECT count(*) AS n FROM listing_outbox WHERE listing_id = $1', [res.body.id]))[0].n)).toBe(1);
    });

    it.each([
      ['anonymous callers', undefined, 401],
      ['institutions', 'institution', 403],
      ['the bureau', 'bureau', 403],
    ])('refuses %s and writes nothing', async (_who, role, status) => {
      const before = await writes();
      const token = role === 'institution' ? institution.token : role === 'bureau' ? bureau : undefined;
      const req = api(app).post('/api/v1/demands');
      if (token) req.set(bearer(token));
      await req.send(demandBody()).expect(status);
      expect(await writes()).toBe(before);
    });

    const invalid: [string, Record<string, unknown>, string][] = [
      ['a missing title', { title: undefined }, 'title'],
      ['a short title', { title: '求助' }, 'title'],
      ['a long title', { title: '茶'.repeat(101) }, 'title'],
      ['a short description', { description: '太短' }, 'description'],
      ['an unknown field', { field: 'space' }, 'field'],
      ['no keywords', { keywords: [] }, 'keywords'],
      ['eleven keywords', { keywords: Array.from({ length: 11 }, (_, i) => `词${i}`) }, 'keywords'],
      ['a keyword over 20 characters', { keywords: ['茶'.repeat(21)] }, 'keywords'],
      ['repeated keywords', { keywords: ['杀青', '杀青'] }, 'keywords'],
      ['a negative budget', { budgetMax: '-5' }, 'budgetMax'],
      ['a budget with three decimals', { budgetMax: '1.001' }, 'budgetMax'],
      ['a budget as a number', { budgetMax: 100000 }, 'budgetMax'],
      ['a budget with an exponent', { budgetMax: '1e6' }, 'budgetMax'],
      ['a zero budget', { budgetMax: '0' }, 'budgetMax'],
      ['a budget above the cap', { budgetMax: '1000000000000.01' }, 'budgetMax'],
      ['a deadline in the past', { deadline: '2020-01-01' }, 'deadline'],
      ['a date that does not exist', { deadline: '2031-02-30' }, 'deadline'],
      ['a deadline that is not a date', { deadline: 'next week' }, 'deadline'],
      ['a region that is not a division code', { region: '991127' }, 'region'],
      ['no cooperation modes', { cooperationModes: [] }, 'cooperationModes'],
      ['an unknown cooperation mode', { cooperationModes: ['barter'] }, 'cooperationModes'],
      ['a phone that is not a mainland number', { contactPhone: '12345' }, 'contactPhone'],
      ['an invalid email', { contactEmail: 'not-an-email' }, 'contactEmail'],
      ['a status of its own choosing', { status: 'published' }, 'status'],
      ['an organization of its own choosing', { organizationId: '6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a001' }, 'organizationId'],
    ];

    it.each(invalid)('rejects %s with 400 naming the field and writes nothing', async (_case, overrides, field) => {
      const before = await count('demands', enterprise.orgId);
      const res = await api(app).post('/api/v1/demands').set(bearer(enterprise.token)).send(demandBody(overrides)).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count('demands', enterprise.orgId)).toBe(before);
    });

    it('accepts a demand without budget or deadline (面议)', async () => {
      const body = await createDemand({ budgetMax: undefined, deadline: undefined, contactPhone: '0578-6123456' });
      expect(body).toMatchObject({ budgetMax: null, budgetLabel: '面议', deadline: null, contactPhone: '0578-6123456' });
    });
  });

  describe('POST /outcomes', () => {
    it('creates a pending outcome, normalising patent numbers and deriving the stage', async () => {
      const body = await createOutcome({ patentNumbers: ['ZL201310699744.2', '2013106997442'], trl: 8 });
      expect(body).toMatchObject({
        status: 'pending',
        trl: 8,
        stage: 'industrial',
        stageLabel: '产业化',
        ipTypeLabel: '发明专利',
        patentNumbers: ['201310699744.2'],
        askingPrice: '800000.00',
        priceLabel: '80万元',
        transferModeLabels: ['许可', '转让'],
      });
    });

    it('refuses enterprises with 403 and writes nothing', async () => {
      const before = await count('outcomes', enterprise.orgId);
      await api(app).post('/api/v1/outcomes').set(bearer(enterprise.token)).send(outcomeBody()).expect(403);
      expect(await count('outcomes', enterprise.orgId)).toBe(before);
    });

    const invalid: [string, Record<string, unknown>, string][] = [
      ['a missing abstract', { abstract: undefined }, 'abstract'],
      ['TRL 0', { trl: 0 }, 'trl'],
      ['TRL 10', { trl: 10 }, 'trl'],
      ['a fractional TRL', { trl: 6.5 }, 'trl'],
      ['a TRL as a string', { trl: '6' }, 'trl'],
      ['a patent number with a wrong check character', { patentNumbers: ['201310699744.3'] }, 'patentNumbers'],
      ['a patent number of the wrong shape', { patentNumbers: ['US20130069974'] }, 'patentNumbers'],
      ['an unknown IP type', { ipType: 'trade_secret' }, 'ipType'],
      ['an unknown transfer mode', { transferModes: ['gift'] }, 'transferModes'],
      ['a price with three decimals', { askingPrice: '12.345' }, 'askingPrice'],
      ['a price with a thousands separator', { askingPrice: '1,000' }, 'askingPrice'],
    ];

    it.each(invalid)('rejects %s with 400 naming the field and writes nothing', async (_case, overrides, field) => {
      const before = await count('outcomes', institution.orgId);
      const res = await api(app).post('/api/v1/outcomes').set(bearer(institution.token)).send(outcomeBody(overrides)).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await count('outcomes', institution.orgId)).toBe(before);
    });
  });

  describe('PATCH /demands/:id', () => {
    it('lets the owner edit and clear optional fields', async () => {
      const created = await createDemand();
      const res = await api(app)
        .patch(`/api/v1/demands/${created.id}`)
        .set(bearer(enterprise.token))
        .send({ title: '夏秋茶杀青后发黄问题', budgetMax: null })
        .expect(200);
      expect(res.body).toMatchObject({ title: '夏秋茶杀青后发黄问题', budgetMax: null, budgetLabel: '面议', status: 'pending' });
      expect(res.body.description).toBe(created.description);
    });

    it('refuses null for a required field and changes nothing', async () => {
      const created = await createDemand();
      const res = await api(app).patch(`/api/v1/demands/${created.id}`).set(bearer(enterprise.token)).send({ title: null }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('title');
      expect((await rowsOf('demands', created.id)).title).toBe(created.title);
    });

    it('refuses an empty edit, which would only send a published demand back to review', async () => {
      const created = await createDemand();
      await api(app).post(`/api/v1/demands/${created.id}/approve`).set(bearer(bureau)).expect(200);
      const res = await api(app).patch(`/api/v1/demands/${created.id}`).set(bearer(enterprise.token)).send({}).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('body');
      expect((await rowsOf('demands', created.id)).status).toBe('published');
    });

    it('refuses other organizations: 404 while pending, 403 once published, and changes nothing', async () => {
      const created = await createDemand();
      await api(app).patch(`/api/v1/demands/${created.id}`).set(bearer(otherEnterprise.token)).send({ title: '别人改的标题' }).expect(404);
      await api(app).post(`/api/v1/demands/${created.id}/approve`).set(bearer(bureau)).expect(200);
      const res = await api(app)
        .patch(`/api/v1/demands/${created.id}`)
        .set(bearer(otherEnterprise.token))
        .send({ title: '别人改的标题' })
        .expect(403);
      expect(res.body.code).toBe('LISTING_NOT_OWNED');
      await api(app).post(`/api/v1/demands/${created.id}/close`).set(bearer(otherEnterprise.token)).expect(403);
      const row = await rowsOf('demands', created.id);
      expect(row).toMatchObject({ title: created.title, status: 'published' });
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      await api(app)
        .patch('/api/v1/demands/6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a001')
        .set(bearer(enterprise.token))
        .send({ title: '新的标题' })
        .expect(404);
      await api(app).patch('/api/v1/demands/not-a-uuid').set(bearer(enterprise.token)).send({ title: '新的标题' }).expect(400);
      await api(app).get('/api/v1/demands/not-a-uuid').expect(400);
      await api(app).get('/api/v1/outcomes/6f1c1f9e-8a4e-4c57-9d1b-5b0c1ad2a001').expect(404);
    });
  });

  describe('lifecycle', () => {
    it('closes once; a closed demand can be neither edited, closed again nor approved', async () => {
      const created = await createDemand();
      const closed = await api(app).post(`/api/v1/demands/${created.id}/close`).set(bearer(enterprise.token)).expect(200);
      expect(closed.body).toMatchObject({ status: 'closed', statusLabel: '已关闭' });
      const before = await writes();
      expect((await api(app).post(`/api/v1/demands/${created.id}/close`).set(bearer(enterprise.token)).expect(409)).body.code).toBe(
        'LISTING_STATE_CONFLICT',
      );
      await api(app).patch(`/api/v1/demands/${created.id}`).set(bearer(enterprise.token)).send({ title: '再改一次标题' }).expect(409);
      await api(app).post(`/api/v1/demands/${created.id}/approve`).set(bearer(bureau)).expect(409);
      expect(await writes()).toBe(before);
    });

    it('lets only the bureau review, and requires a reason to reject', async () => {
      const created = await createOutcome();
      const before = await writes();
      await api(app).post(`/api/v1/outcomes/${created.id}/approve`).set(bearer(institution.token)).expect(403);
      await api(app).post(`/api/v1/outcomes/${created.id}/reject`).set(bearer(enterprise.token)).send({ reason: '不行' }).expect(403);
      await api(app).post(`/api/v1/outcomes/${created.id}/approve`).expect(401);
      const res = await api(app).post(`/api/v1/outcomes/${created.id}/reject`).set(bearer(bureau)).send({}).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('reason');
      expect(await writes()).toBe(before);
      expect((await rowsOf('outcomes', created.id)).status).toBe('pending');
    });

    it('records who rejected, and a rejected outcome goes back to review when edited', async () => {
      const created = await createOutcome();
      await api(app).post(`/api/v1/outcomes/${created.id}/reject`).set(bearer(bureau)).send({ reason: '请补充专利号' }).expect(200);
      const edited = await api(app)
        .patch(`/api/v1/outcomes/${created.id}`)
        .set(bearer(institution.token))
        .send({ patentNumbers: ['201310699744.2'] })
        .expect(200);
      expect(edited.body).toMatchObject({ status: 'pending', rejectReason: null });
      const history = await api(app).get(`/api/v1/outcomes/${created.id}/history`).set(bearer(bureau)).expect(200);
      expect(history.body.map((h: { to: string }) => h.to)).toEqual(['pending', 'rejected', 'pending']);
      expect(history.body[1]).toMatchObject({ from: 'pending', reason: '请补充专利号', toLabel: '已驳回' });
      await api(app).get(`/api/v1/outcomes/${created.id}/history`).set(bearer(otherEnterprise.token)).expect(404);
    });
  });

  describe('reads', () => {
    it('hides unpublished listings from everyone but the owner and the bureau', async () => {
      const created = await createDemand();
      await api(app).get(`/api/v1/demands/${created.id}`).expect(404);
      await api(app).get(`/api/v1/demands/${created.id}`).set(bearer(otherEnterprise.token)).expect(404);
      const own = await api(app).get(`/api/v1/demands/${created.id}`).set(bearer(enterprise.token)).expect(200);
      expect(own.body.contactPhone).toBe('13812345678');
      const byBureau = await api(app).get(`/api/v1/demands/${created.id}`).set(bearer(bureau)).expect(200);
      expect(byBureau.body.organizationName).toBe('青岚云雾茶业有限公司');
    });

    it('shows contacts of a published listing only to members of verified organizations', async () => {
      const created = await createDemand();
      await api(app).post(`/api/v1/demands/${created.id}/approve`).set(bearer(bureau)).expect(200);
      const anonymous = await api(app).get(`/api/v1/demands/${created.id}`).expect(200);
      expect(anonymous.body.contactVisible).toBe(false);
      for (const key of ['contactName', 'contactPhone', 'contactEmail', 'rejectReason']) expect(anonymous.body).not.toHaveProperty(key);
      const unverified = await api(app).get(`/api/v1/demands/${created.id}`).set(bearer(institution.token)).expect(200);
      expect(unverified.body).not.toHaveProperty('contactPhone');
      const verified = await api(app).get(`/api/v1/demands/${created.id}`).set(bearer(otherEnterprise.token)).expect(200);
      expect(verified.body).toMatchObject({ contactVisible: true, contactPhone: '13812345678', contactEmail: 'chen@example.cn' });
    });

    it('lists the owner’s own listings in every status', async () => {
      const pending = await createDemand();
      const closed = await createDemand();
      await api(app).post(`/api/v1/demands/${closed.id}/close`).set(bearer(enterprise.token)).expect(200);
      const all = await api(app).get('/api/v1/my/demands').query({ limit: 100 }).set(bearer(enterprise.token)).expect(200);
      const ids = all.body.items.map((i: { id: string }) => i.id);
      expect(ids).toEqual(expect.arrayContaining([pending.id, closed.id]));
      expect(all.body.items.every((i: { organizationId: string }) => i.organizationId === enterprise.orgId)).toBe(true);
      const onlyClosed = await api(app).get('/api/v1/my/demands').query({ status: 'closed' }).set(bearer(enterprise.token)).expect(200);
      expect(onlyClosed.body.items.every((i: { status: string }) => i.status === 'closed')).toBe(true);
      await api(app).get('/api/v1/my/demands').set(bearer(institution.token)).expect(403);
      await api(app).get('/api/v1/my/outcomes').expect(401);
      await api(app).get('/api/v1/my/demands').query({ status: 'lost' }).set(bearer(enterprise.token)).expect(400);
    });

    it('gives the bureau a review queue, pending by default', async () => {
      const demand = await createDemand();
      const outcome = await createOutcome();
      const res = await api(app).get('/api/v1/review').query({ limit: 100 }).set(bearer(bureau)).expect(200);
      expect(res.body.items.every((i: { status: string }) => i.status === 'pending')).toBe(true);
      const onlyDemands = await api(app).get('/api/v1/review').query({ type: 'demand', limit: 100 }).set(bearer(bureau)).expect(200);
      expect(onlyDemands.body.items.every((i: { type: string }) => i.type === 'demand')).toBe(true);
      const seen = new Set<string>();
      for (let page = 1; page <= Math.ceil(res.body.total / 100); page++) {
        const p = await api(app).get('/api/v1/review').query({ page, limit: 100 }).set(bearer(bureau)).expect(200);
        p.body.items.forEach((i: { id: string }) => seen.add(i.id));
      }
      expect(seen.has(demand.id) && seen.has(outcome.id)).toBe(true);
      await api(app).get('/api/v1/review').set(bearer(enterprise.token)).expect(403);
      await api(app).get('/api/v1/review').query({ type: 'patent' }).set(bearer(bureau)).expect(400);
    });
  });
});

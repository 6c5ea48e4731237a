import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { DealRecordingService, RegisteredDealsSweeper } from '@app/deals';
import { outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import {
  countRows,
  dealBody,
  newKey,
  ownRedisPrefix,
  postRegistered,
  registerMember,
  registrationNo,
  startWorker,
  waitFor,
  type Member,
} from '../helpers/deals.js';
import { createIsolatedDatabase, rowCounts, WORKER_KEPT } from '../helpers/isolated-db.js';
import { api, bearer, createTestApp } from '../helpers/test-app.js';

/**
 * The acceptance of the registration path through the public api, on the real services: who may
 * declare, confirm, dispute, register and reject; that only registration moves the turnover, once;
 * that a registration number counts once whoever sends it; and 公示 before registration.
 */
describe('deal lifecycle (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  let enterprise: Member;
  let university: Member;
  let otherEnterprise: Member;
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('cycle');
    drop = isolated.drop;
    const env = { ...isolated.env, REDIS_PREFIX: ownRedisPrefix('lifecycle') };
    app = await createTestApp(env);
    worker = await startWorker({ ...process.env, ...env });
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    const verifyWith = bureau;
    [enterprise, university, otherEnterprise] = await Promise.all([
      registerMember(app, 'enterprise', { verifyWith }),
      registerMember(app, 'institution', { verifyWith }),
      registerMember(app, 'enterprise', { verifyWith }),
    ]);
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  const declare = (token: string, body: object, key = newKey()) =>
    api(app).post('/api/v1/deals').set(bearer(token)).set('Idempotency-Key', key).send(body);
  const step = (token: string, id: string, action: 'confirm' | 'dispute' | 'register' | 'reject' | 'cancel', body: object = {}) =>
    api(app).post(`/api/v1/deals/${id}/${action}`).set(bearer(token)).send(body);
  const deal = async (token: string, id: string) => (await api(app).get(`/api/v1/deals/${id}`).set(bearer(token)).expect(200)).body;
  const turnover = async () => (await api(app).get(`/api/v1/stats/turnover?year=${year}`).set(bearer(bureau)).expect(200)).body;
  const statusOf = async (id: string) => (await db.query('SELECT status FROM deals WHERE id = $1', [id]))[0]?.status as string;
  const recorded = (id: string) => waitFor(async () => (await statusOf(id)) === 'recorded', 30_000, `deal ${id} recorded`);
  const ledgerRows = (id: string) => countRows(db, 'SELECT 1 FROM ledger_entries WHERE deal_id = $1', [id]);
  const body = (overrides: Record<string, unknown> = {}) =>
    dealBody(enterprise.orgId, university.orgId, { signedAt: `${year}-06-18`, ...overrides });
  const publishOutcome = async () => {
    const created = await api(app).post('/api/v1/outcomes').set(bearer(university.token)).send(outcomeBody()).expect(201);
    await api(app).post(`/api/v1/outcomes/${created.body.id}/approve`).set(bearer(bureau)).expect(200);
    return created.body.id as string;
  };

  describe('who may declare', () => {
    it("refuses a just-registered, unverified enterprise naming itself buyer and a university's outcome: 403, nothing written, turnover and outcome unchanged", async () => {
      const outcomeId = await publishOutcome();
      const stranger = await registerMember(app);
      const totalBefore = (await turnover()).total;
      const before = await rowCounts(db, WORKER_KEPT);
      const res = await declare(stranger.token, {
        ...dealBody(stranger.orgId, university.orgId, { signedAt: `${year}-02-02` }),
        amount: '900000000.00',
        outcomeId,
      }).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
      await app.get(RegisteredDealsSweeper).sweep();
      expect((await turnover()).total).toBe(totalBefore);
      expect((await api(app).get(`/api/v1/outcomes/${outcomeId}`).expect(200)).body.status).toBe('published');
    });

    it("refuses a verified organization that is neither party (403), and a party's foreign listing (400), writing nothing", async () => {
      const outcomeId = await publishOutcome();
      const before = await rowCounts(db, WORKER_KEPT);
      await declare(otherEnterprise.token, { ...body(), outcomeId }).expect(403);
      const foreign = await declare(otherEnterprise.token, {
        ...dealBody(otherEnterprise.orgId, enterprise.orgId, { signedAt: `${year}-02-03` }),
        outcomeId,
      }).expect(400);
      expect(foreign.body.errors.map((e: { field: string }) => e.field)).toEqual(['outcomeId']);
      expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
    });
  });

  describe('declared → confirmed → registered → recorded', () => {
    it('moves the turnover only at registration, exactly once, with the history and notifications both parties see', async () => {
      const outcomeId = await publishOutcome();
      const start = BigInt((await turnover()).total.replace('.', ''));
      const created = await declare(enterprise.token, { ...body({ amount: '123456.78' }), outcomeId }).expect(201);
      const id = created.body.id as string;
      expect(created.body.status).toBe('declared');
      const recording = app.get(DealRecordingService);
      // A recording job for a deal not registered does nothing, whatever sends it.
      expect(await recording.record(id)).toBe('already_done');

      await step(enterprise.token, id, 'confirm').expect(403); // the declaring side cannot confirm itself
      await step(otherEnterprise.token, id, 'confirm').expect(404);
      await step(bureau, id, 'confirm').expect(403);
      await step(bureau, id, 'register', { registrationNo: registrationNo(year) }).expect(409); // not confirmed yet
      expect((await step(university.token, id, 'confirm').expect(200)).body.status).toBe('confirmed');
      expect((await step(university.token, id, 'confirm').expect(200)).body.status).toBe('confirmed'); // a replay
      expect(await recording.record(id)).toBe('already_done');
      await app.get(RegisteredDealsSweeper).sweep();
      expect(await ledgerRows(id)).toBe(0);
      expect((await api(app).get(`/api/v1/outcomes/${outcomeId}`).expect(200)).body.status).toBe('published');

      await step(enterprise.token, id, 'register', { registrationNo: registrationNo(year) }).expect(403);
      const bad = await step(bureau, id, 'register', { registrationNo: 'ABC' }).expect(400);
      expect(bad.body.errors[0].field).toBe('registrationNo');
      const number = registrationNo(year);
      expect((await step(bureau, id, 'register', { registrationNo: number }).expect(200)).body).toMatchObject({
        status: 'registered',
        registrationNo: number,
      });
      await step(bureau, id, 'register', { registrationNo: number }).expect(200); // a replay
      await recorded(id);
      expect(await recording.record(id)).toBe('already_done');
      expect(await ledgerRows(id)).toBe(1);
      expect(BigInt((await turnover()).total.replace('.', '')) - start).toBe(12345678n);
      expect((await api(app).get(`/api/v1/outcomes/${outcomeId}`)).status).toBe(404); // fulfilled once recorded

      for (const party of [enterprise, university]) {
        const seen = await deal(party.token, id);
        expect(seen.history.map((h: { status: string }) => h.status)).toEqual(['declared', 'confirmed', 'registered', 'recorded']);
        expect(seen.history.map((h: { actor: string }) => h.actor).slice(2)).toEqual(['科技局', '系统']);
        const notes = (await api(app).get('/api/v1/notifications').set(bearer(party.token)).expect(200)).body.items;
        expect(notes.filter((n: { dealId: string }) => n.dealId === id).map((n: { title: string }) => n.title)).toContain(
          '技术合同已认定登记',
        );
      }
      const bureauNotes = (await api(app).get('/api/v1/notifications').set(bearer(bureau)).expect(200)).body.items;
      expect(bureauNotes.some((n: { dealId: string; title: string }) => n.dealId === id && n.title === '技术合同待认定登记')).toBe(true);
    });

    it('keeps disputed and rejected deals out of the turnover, with the reasons both parties read', async () => {
      const totalBefore = (await turnover()).total;
      const id = (await declare(university.token, body({ amount: '500.00' })).expect(201)).body.id as string;
      expect((await step(enterprise.token, id, 'dispute', {}).expect(400)).body.errors[0].field).toBe('reason');
      const disputed = await step(enterprise.token, id, 'dispute', { reason: '金额应为五百元整以外另付差旅费' }).expect(200);
      expect(disputed.body).toMatchObject({ status: 'disputed', statusReason: '金额应为五百元整以外另付差旅费' });
      expect(await app.get(DealRecordingService).record(id)).toBe('already_done');
      await step(bureau, id, 'register', { registrationNo: registrationNo(year) }).expect(409);
      await step(enterprise.token, id, 'reject', { reason: '不是技术合同' }).expect(403);
      expect((await step(bureau, id, 'reject', { reason: '合同缺少技术内容条款' }).expect(200)).body.status).toBe('rejected');
      const seen = await deal(university.token, id);
      expect(seen).toMatchObject({ status: 'rejected', statusLabel: '登记未通过', statusReason: '合同缺少技术内容条款' });
      expect(seen.history.map((h: { status: string; reason: string | null }) => [h.status, h.reason])).toEqual([
        ['declared', null],
        ['disputed', '金额应为五百元整以外另付差旅费'],
        ['rejected', '合同缺少技术内容条款'],
      ]);
      await step(university.token, id, 'confirm').expect(403); // the declarer, still
      await step(enterprise.token, id, 'confirm').expect(409); // past confirming
      expect(await ledgerRows(id)).toBe(0);
      expect((await turnover()).total).toBe(totalBefore);
    });

    it('flags a contract at or above LARGE_CONTRACT_YUAN in the deal and the list', async () => {
      const large = (await declare(enterprise.token, body({ amount: '5000000.00', signedAt: `${year}-07-07` })).expect(201)).body.id;
      const small = (await declare(enterprise.token, body({ amount: '4999999.99', signedAt: `${year}-07-07` })).expect(201)).body.id;
      expect((await deal(bureau, large)).large).toBe(true);
      expect((await deal(bureau, small)).large).toBe(false);
      const list = (await api(app).get(`/api/v1/deals?year=${year}&limit=100`).set(bearer(enterprise.token)).expect(200)).body.items;
      expect(list.find((d: { id: string }) => d.id === large).large).toBe(true);
    });
  });

  describe('one registration number, one contract', () => {
    const importCsv = (number: string, amount: string) =>
      api(app)
        .post('/api/v1/deals/import')
        .set(bearer(bureau))
        .attach(
          'file',
          Buffer.from(
            `buyer,seller,contractType,field,amount,signedAt,registrationNo\n${enterprise.orgId},${university.orgId},development,new_energy,${amount},${year}-05-05,${number}\n`,
          ),
          `contracts-${number}.csv`,
        )
        .expect(202);

    it('counts a number once whether posted, imported or registered, and frees it when the deal is cancelled', async () => {
      const start = BigInt((await turnover()).total.replace('.', ''));
      const posted = registrationNo(year);
      const first = await postRegistered(app, bureau, body({ amount: '1000.00', registrationNo: posted }));
      const again = await declare(bureau, body({ amount: '1000.01', registrationNo: posted })).expect(409);
      expect(again.body).toMatchObject({ code: 'REGISTRATION_NO_TAKEN', errors: [{ field: 'registrationNo' }] });
      expect((await importCsv(posted, '1000.02')).body).toMatchObject({
        accepted: 0,
        rejected: 1,
        errors: [{ row: 2, field: 'registrationNo' }],
      });

      const imported = registrationNo(year);
      expect((await importCsv(imported, '2000.00')).body).toMatchObject({ accepted: 1, rejected: 0 });
      expect((await declare(bureau, body({ amount: '2000.01', registrationNo: imported })).expect(409)).body.errors[0].field).toBe(
        'registrationNo',
      );
      const confirmed = (await declare(enterprise.token, body({ amount: '3000.00' })).expect(201)).body.id as string;
      await step(university.token, confirmed, 'confirm').expect(200);
      const taken = await step(bureau, confirmed, 'register', { registrationNo: imported }).expect(409);
      expect(taken.body.errors[0].field).toBe('registrationNo');
      expect(await statusOf(confirmed)).toBe('confirmed');

      await recorded(first);
      await waitFor(
        async () => (await countRows(db, `SELECT 1 FROM deals WHERE registration_no = $1 AND status = 'recorded'`, [imported])) === 1,
      );
      expect(BigInt((await turnover()).total.replace('.', '')) - start).toBe(300000n);
      expect(await countRows(db, `SELECT 1 FROM deals WHERE registration_no IN ($1, $2)`, [posted, imported])).toBe(2);

      // A cancelled deal frees its number for the corrected contract.
      await step(bureau, first, 'cancel', { reason: '金额录入错误' }).expect(200);
      const corrected = await postRegistered(app, bureau, body({ amount: '1100.00', registrationNo: posted }));
      await recorded(corrected);
      expect(BigInt((await turnover()).total.replace('.', '')) - start).toBe(310000n);
    });
  });

  describe('公示 for an institution at an agreed price', () => {
    it('refuses registration while the notice runs and while an objection is open, then registers', async () => {
      const outcomeId = await publishOutcome();
      const id = (await declare(enterprise.token, { ...body({ amount: '880000.00', pricing: 'agreement' }), outcomeId }).expect(201)).body
        .id as string;
      await step(university.token, id, 'confirm').expect(200);
      const { notice } = await deal(bureau, id);
      expect(notice).toMatchObject({ running: true, openObjections: 0 });
      expect(new Date(notice.endsAt).getTime() - new Date(notice.startsAt).getTime()).toBe(15 * 86400_000);

      const listed = (await api(app).get('/api/v1/notices?state=running').expect(200)).body.items.find(
        (n: { id: string }) => n.id === notice.id,
      );
      expect(listed).toMatchObject({ amount: '880000.00', seller: expect.any(String), buyer: expect.any(String), running: true });
      expect(listed.subject.length).toBeGreaterThan(0);

      const running = await step(bureau, id, 'register', { registrationNo: registrationNo(year) }).expect(409);
      expect(running.body.code).toBe('NOTICE_RUNNING');
      expect(running.body.message).toContain('公示');

      await api(app).post(`/api/v1/notices/${notice.id}/objections`).send({ text: '异议' }).expect(401);
      await api(app).post(`/api/v1/notices/${notice.id}/objections`).set(bearer(otherEnterprise.token)).send({ text: ' ' }).expect(400);
      const objection = await api(app)
        .post(`/api/v1/notices/${notice.id}/objections`)
        .set(bearer(otherEnterprise.token))
        .send({ text: '该成果的专利已许可给我司，请核实权属。' })
        .expect(201);

      // The notice period ends (the database's clock decides; the test moves the end instead of waiting 15 days).
      await db.query(`UPDATE deal_notices SET ends_at = now() - interval '1 second' WHERE id = $1`, [notice.id]);
      await api(app)
        .post(`/api/v1/notices/${notice.id}/objections`)
        .set(bearer(otherEnterprise.token))
        .send({ text: '迟到的异议' })
        .expect(409);
      const open = await step(bureau, id, 'register', { registrationNo: registrationNo(year) }).expect(409);
      expect(open.body.code).toBe('NOTICE_OBJECTION_OPEN');
      expect(await statusOf(id)).toBe('confirmed');

      await api(app)
        .post(`/api/v1/notices/${notice.id}/objections/${objection.body.id}/resolve`)
        .set(bearer(university.token))
        .send({ resolution: '不成立' })
        .expect(403);
      const resolved = await api(app)
        .post(`/api/v1/notices/${notice.id}/objections/${objection.body.id}/resolve`)
        .set(bearer(bureau))
        .send({ resolution: '经核实，许可为非独占许可，权属清楚，异议不成立。' })
        .expect(200);
      expect(resolved.body.resolvedAt).not.toBeNull();

      await step(bureau, id, 'register', { registrationNo: registrationNo(year) }).expect(200);
      await recorded(id);
      const archive = (await api(app).get('/api/v1/notices?state=ended').expect(200)).body.items.find(
        (n: { id: string }) => n.id === notice.id,
      );
      expect(archive).toMatchObject({ running: false, dealStatus: 'recorded', openObjections: 0 });
      expect(archive.objections).toEqual([
        expect.objectContaining({ text: '该成果的专利已许可给我司，请核实权属。', resolution: expect.stringContaining('异议不成立') }),
      ]);
      expect(JSON.stringify(archive)).not.toContain(otherEnterprise.userId);
    });

    it('opens no notice for a listed price, or for an enterprise seller', async () => {
      const listed = (await declare(enterprise.token, body({ pricing: 'listing' })).expect(201)).body.id;
      await step(university.token, listed, 'confirm').expect(200);
      expect((await deal(bureau, listed)).notice).toBeNull();
      const fromEnterprise = (
        await declare(
          otherEnterprise.token,
          dealBody(enterprise.orgId, otherEnterprise.orgId, { signedAt: `${year}-03-03`, pricing: 'agreement' }),
        ).expect(201)
      ).body.id;
      await step(enterprise.token, fromEnterprise, 'confirm').expect(200);
      expect((await deal(bureau, fromEnterprise)).notice).toBeNull();
      await step(bureau, fromEnterprise, 'register', { registrationNo: registrationNo(year) }).expect(200);
    });
  });
});

import { randomUUID } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { NotificationDigests, OrgNotifications } from '@app/notifications';
import { QueueProducer } from '@app/queue';
import { DIGEST_PATTERN, DIGEST_SCHEDULER, DIGEST_TZ } from '../../apps/worker/src/notifications/digest.processor.js';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, newKey } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { mailsTo, waitForMail } from '../helpers/mail.js';
import { api, createTestApp } from '../helpers/test-app.js';

interface Item {
  id: string;
  type: string;
  typeLabel: string;
  kind: string;
  read: boolean;
  readAt: string | null;
  title: string;
  message: string;
  payload: Record<string, unknown>;
  dealId: string | null;
  createdAt: string;
}
interface Centre {
  items: Item[];
  total: number;
  unreadCount: number;
}

/** The notification centre and the daily digest through the public api, with a worker delivering mail. */
describe('the notification centre and the daily digest (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  let enterprise: Member;
  let institution: Member;
  const year = new Date().getUTCFullYear() - 1;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('centre');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    worker = await startWorker(isolated.env);
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
    institution = await registerMember(app, 'institution', { verifyWith: bureau });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  const centre = async (token: string, query = '') =>
    (await api(app).get(`/api/v1/notifications${query}`).set(bearer(token)).expect(200)).body as Centre;
  /** Alerts are written by the worker's matching and subscriptions; here the way they write them. */
  const alert = async (orgId: string, title: string) => {
    const dedupeKey = `test:${randomUUID()}`;
    await app.get(OrgNotifications).notify([
      {
        recipientOrgId: orgId,
        type: 'match.new',
        title,
        payload: { demandId: randomUUID(), outcomeId: randomUUID(), reasons: ['关键词: 热泵, 烘干', '同属现代农业领域'] },
        dedupeKey,
      },
    ]);
    const [row] = (await db.query('SELECT id FROM org_notifications WHERE dedupe_key = $1', [dedupeKey])) as { id: string }[];
    return row.id;
  };
  const declareDeal = async () => {
    const res = await api(app)
      .post('/api/v1/deals')
      .set(bearer(enterprise.token))
      .set('Idempotency-Key', newKey())
      .send(dealBody(enterprise.orgId, institution.orgId, { signedAt: `${year}-06-18` }))
      .expect(201);
    return res.body.id as string;
  };
  const emailOf = async (userId: string) =>
    ((await db.query('SELECT email FROM users WHERE id = $1', [userId])) as { email: string }[])[0].email;

  it("lists a member's alerts and deal notices together, newest first, with labels and one unread count, and marks either read", async () => {
    const alertId = await alert(enterprise.orgId, '新的科技成果匹配：茶叶热泵均温烘干技术');
    const dealId = await declareDeal();
    const mine = await centre(enterprise.token);
    const dealNotice = mine.items.find((n) => n.dealId === dealId)!;
    const alertItem = mine.items.find((n) => n.id === alertId)!;
    expect(dealNotice).toMatchObject({ type: 'deal.status', typeLabel: '合同进展', kind: 'deal_status', read: false, payload: { dealId } });
    expect(alertItem).toMatchObject({ type: 'match.new', typeLabel: '新的匹配', kind: 'match.new', read: false, readAt: null });
    expect(alertItem.message).toBe('关键词: 热泵, 烘干；同属现代农业领域');
    expect(mine.items.indexOf(dealNotice)).toBeLessThan(mine.items.indexOf(alertItem)); // the deal came later
    const times = mine.items.map((n) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(mine.unreadCount).toBe(mine.items.length);
    expect(mine.total).toBe(mine.items.length);

    // Another organization's notification of either kind does not exist for the caller.
    await api(app).post(`/api/v1/notifications/${alertId}/read`).set(bearer(institution.token)).expect(404);
    await api(app).post(`/api/v1/notifications/${dealNotice.id}/read`).set(bearer(institution.token)).expect(404);
    await api(app).post(`/api/v1/notifications/${alertId}/read`).set(bearer(bureau)).expect(404);
    await api(app).post(`/api/v1/notifications/${randomUUID()}/read`).set(bearer(enterprise.token)).expect(404);
    expect((await api(app).post('/api/v1/notifications/not-an-id/read').set(bearer(enterprise.token)).expect(400)).body.code).toBeDefined();
    expect((await centre(enterprise.token)).unreadCount).toBe(mine.unreadCount);

    const read = (await api(app).post(`/api/v1/notifications/${alertId}/read`).set(bearer(enterprise.token)).expect(200)).body as Item;
    expect(read).toMatchObject({ id: alertId, read: true, type: 'match.new' });
    const again = (await api(app).post(`/api/v1/notifications/${alertId}/read`).set(bearer(enterprise.token)).expect(200)).body as Item;
    expect(again.readAt).toBe(read.readAt);
    const dealRead = (await api(app).post(`/api/v1/notifications/${dealNotice.id}/read`).set(bearer(enterprise.token)).expect(200))
      .body as Item;
    expect(dealRead).toMatchObject({ read: true, type: 'deal.status', dealId });
    expect((await centre(enterprise.token)).unreadCount).toBe(mine.unreadCount - 2);

    // One store: the older inbox route reads the same read state.
    const inbox = (await api(app).get('/api/v1/inbox').set(bearer(enterprise.token)).expect(200)).body as {
      items: { id: string; readAt: string | null }[];
    };
    expect(inbox.items.find((n) => n.id === alertId)?.readAt).toBe(read.readAt);
    // The other party reads its own notice of the same deal, still unread.
    expect((await centre(institution.token)).items.find((n) => n.dealId === dealId)).toMatchObject({ read: false });
  });

  it("keeps the bureau's notices apart: no member's alerts, its own unread count, and the year filter as before", async () => {
    await alert(enterprise.orgId, '新的科技成果匹配：不给科技局看');
    const dealId = await declareDeal();
    await api(app).post(`/api/v1/deals/${dealId}/confirm`).set(bearer(institution.token)).expect(200);
    const seen = await centre(bureau, `?year=${year}`);
    const notice = seen.items.find((n) => n.dealId === dealId)!;
    expect(notice).toMatchObject({ type: 'deal.status', read: false });
    expect(seen.items.every((n) => n.type === 'deal.status' || n.type === 'turnover.milestone')).toBe(true);
    expect((await centre(bureau, `?year=${year - 5}`)).items).toEqual([]);
    const before = (await centre(bureau)).unreadCount;
    await api(app).post(`/api/v1/notifications/${notice.id}/read`).set(bearer(enterprise.token)).expect(404);
    await api(app).post(`/api/v1/notifications/${notice.id}/read`).set(bearer(bureau)).expect(200);
    expect((await centre(bureau)).unreadCount).toBe(before - 1);
    expect((await api(app).get('/api/v1/notifications?year=abc').set(bearer(bureau)).expect(400)).body.errors[0].field).toBe('year');
    await api(app).get('/api/v1/notifications').expect(401);
  });

  it('mails each member of an organization with alerts one digest a day, from a daily job scheduler, never twice, and not to who turned it off', async () => {
    const scheduler = await worker.get(QueueProducer).queueFor('notifications.digest.send').getJobScheduler(DIGEST_SCHEDULER);
    expect(scheduler).toMatchObject({ pattern: DIGEST_PATTERN, tz: DIGEST_TZ });

    const quiet = await registerMember(app, 'enterprise', { verifyWith: bureau });
    const titled = `新的科技成果匹配：摘要测试${randomUUID().slice(0, 6)}`;
    await alert(institution.orgId, titled);
    const to = await emailOf(institution.userId);
    // The enterprise's organization has alerts too, but its member turns the digest off.
    const settings = () => api(app).get('/api/v1/notifications/preferences').set(bearer(enterprise.token)).expect(200);
    expect((await settings()).body).toEqual({ dailyDigest: true });
    const bad = await api(app)
      .put('/api/v1/notifications/preferences')
      .set(bearer(enterprise.token))
      .send({ dailyDigest: 'no' })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['dailyDigest']);
    expect((await settings()).body).toEqual({ dailyDigest: true });
    await api(app).put('/api/v1/notifications/preferences').set(bearer(enterprise.token)).send({ dailyDigest: false }).expect(200);
    expect((await settings()).body).toEqual({ dailyDigest: false });

    // The scheduler's job, run now: the day's digest goes out.
    const queue = worker.get(QueueProducer).queueFor('notifications.digest.send');
    const job = await queue.add('notifications.digest.send', {}, { jobId: `digest-test-${randomUUID()}` });
    await eventually(async () => expect(await job.isCompleted()).toBe(true));
    const mail = await waitForMail(to, /消息汇总/);
    expect(mail.subject).toContain('过去一天');
    expect(mail.text).toContain(titled);
    expect(mail.text).toContain('/notifications');

    // A replay of the same day (a retried job, a second worker) sends nothing more.
    const replay = await worker.get(NotificationDigests).sendDaily(new Date(job.timestamp));
    expect(replay.sent).toBe(0);
    const rows = (await db.query('SELECT count(*)::int AS n FROM notification_digests WHERE user_id = $1', [institution.userId])) as {
      n: number;
    }[];
    expect(rows[0].n).toBe(1);
    // Delivery is asynchronous: wait until every queued mail has been sent before counting them.
    await eventually(async () => {
      const pending = (await db.query('SELECT count(*)::int AS n FROM mail_outbox WHERE sent_at IS NULL AND failed_at IS NULL')) as {
        n: number;
      }[];
      expect(pending[0].n).toBe(0);
    });
    expect((await mailsTo(to)).filter((m) => /消息汇总/.test(m.subject))).toHaveLength(1);
    // A member whose organization got nothing that day, or who turned the digest off, gets none.
    expect((await mailsTo(await emailOf(quiet.userId))).filter((m) => /消息汇总/.test(m.subject))).toHaveLength(0);
    expect((await mailsTo(await emailOf(enterprise.userId))).filter((m) => /消息汇总/.test(m.subject))).toHaveLength(0);
  });
});

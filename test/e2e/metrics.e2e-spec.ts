import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, freePort } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

const TOKEN = process.env.METRICS_TOKEN!;

/** The value of one series in a Prometheus text exposition; undefined when the series is absent. */
function value(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  for (const line of text.split('\n')) {
    if (line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][\w:]*)(\{(.*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = Object.fromEntries([...(match[3] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map((m) => [m[1], m[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) return Number(match[4]);
  }
  return undefined;
}

/**
 * GET /metrics behind the scrape token, and the worker's own metrics port. Own database, Redis
 * prefix and indexes: the gauges count rows, so no other suite may add any.
 */
describe('metrics (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext | undefined;
  let drop: () => Promise<void>;
  let env: Record<string, string>;
  let bureau: string;
  let enterprise: Member;
  let institution: Member;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('metrics');
    drop = isolated.drop;
    env = isolated.env;
    app = await createTestApp(env);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
    institution = await registerMember(app, 'institution', { verifyWith: bureau });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop();
  });

  const scrape = async () => {
    const res = await api(app).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    return res.text;
  };

  describe('GET /metrics', () => {
    it('refuses a scrape without the token, with a wrong one, and with a user’s token', async () => {
      for (const authorization of [undefined, `Bearer ${TOKEN}x`, `Bearer ${bureau}`, TOKEN]) {
        const req = api(app).get('/metrics');
        const res = await (authorization ? req.set('Authorization', authorization) : req).expect(401);
        expect(res.body).toMatchObject({ statusCode: 401, code: 'UNAUTHENTICATED' });
        expect(res.text).not.toContain('techmarket_');
      }
    });

    it('is not found when no token is configured', async () => {
      const off = await createTestApp({ ...env, METRICS_TOKEN: '' });
      try {
        await api(off).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(404);
      } finally {
        await off.close();
      }
    });

    it('times requests by method, route pattern and status, never by concrete URL', async () => {
      await api(app).get('/api/v1/outcomes').query({ q: '杀青' }).expect(200);
      const id = randomUUID();
      await api(app).get(`/api/v1/outcomes/${id}`).expect(404);
      await api(app).get('/api/v1/no-such-route').expect(404);
      const text = await scrape();
      const count = (route: string, status: string) =>
        value(text, 'techmarket_http_request_duration_seconds_count', { method: 'GET', route, status });
      expect(count('/api/v1/outcomes', '200')).toBeGreaterThanOrEqual(1);
      expect(count('/api/v1/outcomes/:id', '404')).toBeGreaterThanOrEqual(1);
      expect(count('unmatched', '404')).toBeGreaterThanOrEqual(1);
      expect(text).not.toContain(id);
      expect(value(text, 'techmarket_process_cpu_seconds_total')).toBeGreaterThan(0);
    });

    it('reports queue depth, outbox lag and recording lag from where the work waits', async () => {
      // No worker runs yet: the demand's outbox row and the deal wait.
      await api(app).post('/api/v1/demands').set(bearer(enterprise.token)).send(demandBody()).expect(201);
      await api(app)
        .post('/api/v1/deals')
        .set(bearer(bureau))
        .set('Idempotency-Key', randomUUID())
        .send({ ...dealBody(enterprise.orgId, institution.orgId), registrationNo: `${new Date().getFullYear()}33112700000001` })
        .expect(201);
      const db = app.get(DataSource);
      const [{ pending }] = await db.query('SELECT count(*)::int AS pending FROM listing_outbox WHERE done_at IS NULL');
      const text = await scrape();
      for (const source of ['queues', 'outbox', 'recording', 'meilisearch'])
        expect(value(text, 'techmarket_metrics_source_up', { source })).toBe(1);
      expect(value(text, 'techmarket_search_outbox_pending')).toBe(pending);
      expect(pending).toBeGreaterThanOrEqual(1);
      expect(value(text, 'techmarket_search_outbox_oldest_pending_seconds')).toBeGreaterThan(0);
      expect(value(text, 'techmarket_deals_awaiting_recording')).toBe(1);
      expect(value(text, 'techmarket_deals_oldest_awaiting_recording_seconds')).toBeGreaterThan(0);
      expect(value(text, 'techmarket_queue_jobs', { queue: 'search-index', state: 'waiting' })).toBeGreaterThanOrEqual(1);
      expect(value(text, 'techmarket_queue_jobs', { queue: 'deals', state: 'waiting' })).toBeGreaterThanOrEqual(1);
      expect(value(text, 'techmarket_queue_jobs', { queue: 'notifications', state: 'failed' })).toBe(0);
      expect(value(text, 'techmarket_meilisearch_tasks', { status: 'enqueued' })).toBeGreaterThanOrEqual(0);
      expect(value(text, 'techmarket_meilisearch_oldest_enqueued_task_seconds')).toBeGreaterThanOrEqual(0);
    });

    it('says which source could not be read, and leaves its gauges out', async () => {
      const offline = await createTestApp({ ...env, REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
      try {
        const res = await api(offline).get('/metrics').set('Authorization', `Bearer ${TOKEN}`).expect(200);
        expect(value(res.text, 'techmarket_metrics_source_up', { source: 'queues' })).toBe(0);
        expect(value(res.text, 'techmarket_metrics_source_up', { source: 'outbox' })).toBe(1);
        expect(value(res.text, 'techmarket_queue_jobs', { queue: 'deals', state: 'waiting' })).toBeUndefined();
      } finally {
        await offline.close();
      }
    });
  });

  describe('the worker’s metrics port', () => {
    let port: number;

    beforeAll(async () => {
      port = await freePort();
      worker = await startWorker({ ...env, METRICS_WORKER_PORT: String(port) });
    });

    const workerScrape = (authorization?: string) => {
      const req = request(`http://127.0.0.1:${port}`).get('/metrics');
      return authorization ? req.set('Authorization', authorization) : req;
    };

    it('answers only with the scrape token', async () => {
      await workerScrape().expect(401);
      await workerScrape(`Bearer ${bureau}`).expect(401);
      await workerScrape(`Bearer ${TOKEN}`).expect(200);
      await request(`http://127.0.0.1:${port}`).get('/').set('Authorization', `Bearer ${TOKEN}`).expect(404);
    });

    it('reports job durations per queue and job, and the lags drain to zero once the work is done', async () => {
      const text = await eventually(async () => {
        const res = await workerScrape(`Bearer ${TOKEN}`).expect(200);
        const done = (queue: string, job: string) =>
          value(res.text, 'techmarket_queue_job_duration_seconds_count', { queue, job, status: 'completed' });
        expect(done('deals', 'deals.deal.record')).toBe(1);
        expect(done('search-index', 'listings.outbox.index')).toBeGreaterThanOrEqual(1);
        return res.text;
      });
      expect(value(text, 'techmarket_queue_job_wait_seconds_count', { queue: 'deals', job: 'deals.deal.record' })).toBe(1);
      await eventually(async () => {
        const api = await scrape();
        expect(value(api, 'techmarket_deals_awaiting_recording')).toBe(0);
        expect(value(api, 'techmarket_deals_oldest_awaiting_recording_seconds')).toBe(0);
        expect(value(api, 'techmarket_search_outbox_pending')).toBe(0);
      });
    });
  });
});

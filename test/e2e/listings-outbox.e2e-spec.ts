import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { UnrecoverableError, Worker, type Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { IndexCheck, OUTBOX_CHUNK, OutboxRelay } from '@app/listings';
import { QueueProducer, type ListingOutboxIndexPayload } from '@app/queue';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { eventually, registerMember, startWorker } from '../helpers/listings.js';
import { createTestApp } from '../helpers/test-app.js';

interface Row {
  id: string;
  sends: number;
}

/**
 * Index jobs carry chunks of outbox rows: a bulk of approvals is a few jobs, and the sweeper
 * re-sends exactly the rows that no live job carries. Own database, Redis prefix and indexes,
 * so that no other suite's worker or sweeper touches these rows.
 */
describe('listings: outbox chunks and the sweeper (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext | undefined;
  let drop: () => Promise<void>;
  let env: Record<string, string>;
  let db: DataSource;
  let relay: OutboxRelay;
  let queue: Queue;
  let institution: { orgId: string; userId: string };

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('outbox');
    drop = isolated.drop;
    env = isolated.env;
    app = await createTestApp(env);
    db = app.get(DataSource);
    relay = app.get(OutboxRelay);
    queue = app.get(QueueProducer).queueFor('listings.outbox.index');
    institution = await registerMember(app, 'institution');
    // First in the queue, so that it is the job taken and failed.
    failed = await approveInBulk(10);
    await relay.send(failed);
    await failTheNextJob();
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop();
  });

  /** What a bulk approval does: `n` outcomes published in SQL, one outbox row each (not sent). */
  async function approveInBulk(n: number): Promise<Row[]> {
    const ids: { id: string }[] = await db.query(
      `INSERT INTO outcomes (organization_id, created_by, title, abstract, field, keywords, trl, transfer_modes, status, published_at)
       SELECT $1, $2, '连续化杀青工艺 第' || i || '号', '杀青叶含水率波动小于2%，已在茶企中试。', 'modern_agriculture',
              ARRAY['杀青'], 6, ARRAY['license'], 'published', now()
         FROM generate_series(1, $3::int) AS i
       RETURNING id`,
      [institution.orgId, institution.userId, n],
    );
    return db.query(
      `INSERT INTO listing_outbox (listing_kind, listing_id) SELECT 'outcome', unnest($1::uuid[]) RETURNING id::text, sends`,
      [ids.map((r) => r.id)],
    );
  }

  async function liveJobs(): Promise<ListingOutboxIndexPayload[]> {
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'prioritized']);
    return jobs.filter((j) => j.name === 'listings.outbox.index').map((j) => j.data as ListingOutboxIndexPayload);
  }

  const pending = async () => Number((await db.query('SELECT count(*)::int AS n FROM listing_outbox WHERE done_at IS NULL'))[0].n);

  let queued: Row[];
  let failed: Row[];

  /** Two full chunks and a part. */
  const BULK = 2 * OUTBOX_CHUNK + 100;

  it('sends a bulk of approvals as one job per chunk of outbox rows', async () => {
    queued = await approveInBulk(BULK);
    expect(await relay.send(queued)).toBe(true);
    const jobs = await liveJobs();
    expect(jobs.map((j) => j.outboxIds.length).sort((a, b) => a - b)).toEqual([100, OUTBOX_CHUNK, OUTBOX_CHUNK]);
    expect(jobs.flatMap((j) => j.outboxIds).sort()).toEqual(queued.map((r) => r.id).sort());
  });

  it('re-sends the rows no live job carries (never sent, job lost, job failed for good) and leaves queued rows alone', async () => {
    const neverSent = await approveInBulk(30);
    const lost = await approveInBulk(20);
    await relay.send(lost);
    const [lostJob] = (await queue.getJobs(['waiting'])).filter((j) =>
      (j.data as ListingOutboxIndexPayload).outboxIds.includes(lost[0].id),
    );
    await lostJob.remove(); // as if Redis had lost it
    await db.query(`UPDATE listing_outbox SET created_at = now() - interval '1 hour'`);

    expect(await relay.sweep()).toEqual({ resent: 60, waiting: BULK });
    const carried = new Set((await liveJobs()).flatMap((j) => j.outboxIds));
    for (const row of [...queued, ...neverSent, ...lost, ...failed]) expect(carried.has(row.id)).toBe(true);
    const sends: { sends: number; n: number }[] = await db.query(
      'SELECT sends, count(*)::int AS n FROM listing_outbox GROUP BY sends ORDER BY sends',
    );
    expect(sends).toEqual([
      { sends: 0, n: BULK },
      { sends: 1, n: 60 },
    ]);
    expect(await relay.sweep()).toEqual({ resent: 0, waiting: BULK + 60 });
  });

  it('indexes every listing once the worker runs, and settles every row', async () => {
    worker = await startWorker(env);
    await eventually(async () => expect(await pending()).toBe(0), 120000, 250);
    const report = await app.get(IndexCheck).check();
    expect(report.clean).toBe(true);
    expect(report.indexes.find((i) => i.index === 'outcomes')).toMatchObject({ published: BULK + 60, indexed: BULK + 60 });
  }, 150000);

  /** Takes the next job and fails it for good, as one that used up its attempts would end. */
  async function failTheNextJob(): Promise<void> {
    const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });
    const manual = new Worker(queue.name, undefined, { connection, prefix: `${env.REDIS_PREFIX}:bull`, autorun: false });
    const token = 'test-manual-worker';
    try {
      const job = await manual.getNextJob(token);
      // An unrecoverable error is not retried: the job ends failed, as one that used up its attempts.
      await job!.moveToFailed(new UnrecoverableError('gave up'), token, false);
      expect(await job!.getState()).toBe('failed');
    } finally {
      await manual.close();
      connection.disconnect();
    }
  }
});

import { spawn, type ChildProcess } from 'node:child_process';
import { randomInt } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { formatFen } from '@app/common';
import { LedgerIntegrityService } from '@app/deals';
import { bureauToken } from '../helpers/bureau.js';
import {
  dealBody,
  freePort,
  inParallel,
  newKey,
  ownRedisPrefix,
  registerMember,
  registrationNo,
  startWorker,
  waitFor,
  type Member,
} from '../helpers/deals.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * The acceptance checks of deal recording on the real services: concurrency with repeated
 * idempotency keys, a worker killed mid-run, and Redis away while deals are posted. The deals
 * are registered contracts the bureau posts (they enter `registered` and go straight to the
 * recording worker); the parties' path to registration is in deal-lifecycle.e2e-spec.ts.
 */
describe('deal recording (e2e)', () => {
  const recordedCount = async (db: DataSource, year: number, orgId: string) =>
    Number(
      (
        await db.query(`SELECT count(*)::int AS n FROM deals WHERE year = $1 AND buyer_org_id = $2 AND status = 'recorded'`, [year, orgId])
      )[0].n,
    );
  const totalOf = async (app: INestApplication<App>, token: string, year: number) =>
    (await api(app).get(`/api/v1/stats/turnover?year=${year}`).set('Authorization', `Bearer ${token}`).expect(200)).body;

  /** `count` deals with random exact amounts (fen) signed in `year`. */
  const makeDeals = (buyer: Member, seller: Member, year: number, count: number) =>
    Array.from({ length: count }, (_, i) => {
      const fen = BigInt(randomInt(1, 1_000_000_000));
      return {
        key: newKey(),
        fen,
        body: dealBody(buyer.orgId, seller.orgId, {
          amount: formatFen(fen),
          signedAt: `${year}-${String((i % 12) + 1).padStart(2, '0')}-15`,
          registrationNo: registrationNo(year),
        }),
      };
    });
  const sumOf = (deals: { fen: bigint }[]) => formatFen(deals.reduce((sum, d) => sum + d.fen, 0n));

  /** Posts over real HTTP (the app listens), as concurrent clients would. */
  const poster = (baseUrl: string, token: string) => async (key: string, body: object) => {
    const res = await fetch(`${baseUrl}/api/v1/deals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'idempotency-key': key },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as { id: string; status: string } };
  };

  describe('500 deals posted concurrently, 10 % of them repeated with the same key', () => {
    const year = 2009;
    let app: INestApplication<App>;
    let worker: INestApplicationContext;

    beforeAll(async () => {
      const env = { REDIS_PREFIX: ownRedisPrefix('conc') };
      app = await createTestApp(env);
      await app.listen(0, '127.0.0.1');
      worker = await startWorker(env);
    });

    afterAll(async () => {
      await worker.close();
      await app.close();
    });

    it('records exactly the unique deals, and the total is their exact decimal sum', async () => {
      const [buyer, seller, bureau] = [await registerMember(app), await registerMember(app, 'institution'), await bureauToken(app)];
      const deals = makeDeals(buyer, seller, year, 500);
      const repeats = deals.filter((_, i) => i % 10 === 0);
      const requests = [...deals, ...repeats].map((d) => ({ d, order: Math.random() })).sort((a, b) => a.order - b.order);
      const post = poster(await app.getUrl(), bureau);
      const answers = await inParallel(
        requests.map(({ d }) => async () => ({ key: d.key, res: await post(d.key, d.body) })),
        50,
      );
      expect(answers.every((a) => a.res.status === 201)).toBe(true);
      const idsByKey = new Map<string, Set<string>>();
      for (const a of answers) idsByKey.set(a.key, (idsByKey.get(a.key) ?? new Set()).add(a.res.body.id));
      expect([...idsByKey.values()].every((ids) => ids.size === 1)).toBe(true);

      const db = app.get(DataSource);
      await waitFor(async () => (await recordedCount(db, year, buyer.orgId)) === 500, 120_000, '500 deals recorded');
      expect(Number((await db.query('SELECT count(*)::int AS n FROM deals WHERE buyer_org_id = $1', [buyer.orgId]))[0].n)).toBe(500);
      expect(
        Number(
          (
            await db.query('SELECT count(*)::int AS n FROM deal_events e JOIN deals d ON d.id = e.deal_id WHERE d.buyer_org_id = $1', [
              buyer.orgId,
            ])
          )[0].n,
        ),
      ).toBe(1000);
      const entries = await db.query(
        `SELECT count(*)::int AS n, sum(e.amount_fen)::text AS fen FROM ledger_entries e JOIN deals d ON d.id = e.deal_id WHERE d.buyer_org_id = $1`,
        [buyer.orgId],
      );
      expect(entries[0]).toEqual({ n: 500, fen: deals.reduce((s, d) => s + d.fen, 0n).toString() });
      const stats = await totalOf(app, bureau, year);
      expect(stats).toMatchObject({ total: sumOf(deals), dealCount: 500 });
      expect((await app.get(LedgerIntegrityService).check()).clean).toBe(true);
    }, 240_000);
  });

  describe('a worker process killed with SIGKILL mid-run', () => {
    const year = 2008;
    const prefix = ownRedisPrefix('kill');
    let app: INestApplication<App>;
    let child: ChildProcess | undefined;

    const startChild = (pace: 'paced' | 'full speed') => {
      child = spawn(process.execPath, ['dist/apps/worker/src/main.js'], {
        // The first worker records at a pace at which the kill surely lands mid-run (a batch job can
        // record every deal between two polls otherwise); the restarted one records the rest at full speed.
        env: {
          ...process.env,
          REDIS_PREFIX: prefix,
          DEALS_RECORD_CONCURRENCY: '2',
          DEALS_RECORD_JOBS_PER_SECOND: pace === 'paced' ? '10' : '0',
          LOG_LEVEL: 'silent',
        },
        stdio: 'ignore',
      });
      return child;
    };
    const stop = (proc: ChildProcess, signal: NodeJS.Signals) =>
      new Promise<void>((resolve) => {
        if (proc.exitCode !== null || proc.signalCode !== null) return resolve();
        proc.once('exit', () => resolve());
        proc.kill(signal);
      });

    beforeAll(async () => {
      app = await createTestApp({ REDIS_PREFIX: prefix });
    });

    afterAll(async () => {
      if (child) await stop(child, 'SIGTERM');
      await app.close();
    });

    it('loses and doubles nothing: the restarted worker finishes with the exact totals and ledger:check is clean', async () => {
      const [buyer, seller, bureau] = [await registerMember(app), await registerMember(app, 'institution'), await bureauToken(app)];
      const deals = makeDeals(buyer, seller, year, 400);
      await inParallel(
        deals.map(
          (d) => () =>
            api(app).post('/api/v1/deals').set('Authorization', `Bearer ${bureau}`).set('Idempotency-Key', d.key).send(d.body).expect(201),
        ),
        20,
      );
      const db = app.get(DataSource);
      const first = startChild('paced');
      await waitFor(async () => (await recordedCount(db, year, buyer.orgId)) >= 40, 60_000, 'the first worker to record some deals');
      await stop(first, 'SIGKILL');
      const atKill = await recordedCount(db, year, buyer.orgId);
      expect(atKill).toBeLessThan(400);

      startChild('full speed');
      await waitFor(async () => (await recordedCount(db, year, buyer.orgId)) === 400, 120_000, 'all 400 deals recorded after restart');
      expect(await totalOf(app, bureau, year)).toMatchObject({ total: sumOf(deals), dealCount: 400 });
      const check = await new Promise<{ code: number | null; out: string }>((resolve) => {
        const cli = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'ledger:check'], {
          env: { ...process.env, LOG_LEVEL: 'silent' },
        });
        let out = '';
        cli.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
        cli.once('exit', (code) => resolve({ code, out }));
      });
      expect(check.out).toContain('ledger check: clean');
      expect(check.code).toBe(0);
    }, 240_000);
  });

  describe('Redis unavailable while deals are posted', () => {
    const year = 2007;
    let port: number;
    let redis: ChildProcess;
    let app: INestApplication<App>;
    let worker: INestApplicationContext;

    const startRedis = async () => {
      const proc = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
        stdio: 'ignore',
      });
      await waitFor(
        () =>
          new Promise<boolean>((resolve) => {
            import('node:net').then(({ connect }) => {
              const socket = connect(port, '127.0.0.1');
              socket.once('connect', () => (socket.destroy(), resolve(true)));
              socket.once('error', () => resolve(false));
            });
          }),
        10_000,
        'redis-server to listen',
      );
      return proc;
    };
    const stopRedis = () =>
      new Promise<void>((resolve) => {
        if (redis.exitCode !== null || redis.signalCode !== null) return resolve();
        redis.once('exit', () => resolve());
        redis.kill('SIGTERM');
      });

    beforeAll(async () => {
      port = await freePort();
      redis = await startRedis();
      const env = {
        REDIS_URL: `redis://127.0.0.1:${port}`,
        REDIS_PREFIX: ownRedisPrefix('down'),
        DEALS_SWEEP_AFTER_SECONDS: '1',
        DEALS_SWEEP_EVERY_SECONDS: '2',
      };
      app = await createTestApp(env);
      worker = await startWorker(env);
    });

    afterAll(async () => {
      await worker.close();
      await app.close();
      await stopRedis();
    });

    it('still answers 201, and the deals are recorded once Redis is back', async () => {
      const [buyer, seller, bureau] = [await registerMember(app), await registerMember(app, 'institution'), await bureauToken(app)];
      await stopRedis();
      const deals = makeDeals(buyer, seller, year, 20);
      for (const d of deals) {
        const res = await api(app)
          .post('/api/v1/deals')
          .set('Authorization', `Bearer ${bureau}`)
          .set('Idempotency-Key', d.key)
          .send(d.body)
          .expect(201);
        expect(res.body.status).toBe('registered');
      }
      const db = app.get(DataSource);
      expect(await recordedCount(db, year, buyer.orgId)).toBe(0);
      redis = await startRedis();
      await waitFor(async () => (await recordedCount(db, year, buyer.orgId)) === 20, 60_000, 'deals recorded after Redis returned');
      expect(await totalOf(app, bureau, year)).toMatchObject({ total: sumOf(deals), dealCount: 20 });
    }, 180_000);

    it('still answers 201 when Redis was already down as the api started; a worker records the deals later', async () => {
      const deadPort = await freePort();
      const env = { REDIS_URL: `redis://127.0.0.1:${deadPort}`, REDIS_PREFIX: ownRedisPrefix('never') };
      const offline = await createTestApp(env);
      try {
        const [buyer, seller, bureau] = [
          await registerMember(offline),
          await registerMember(offline, 'institution'),
          await bureauToken(offline),
        ];
        const deals = makeDeals(buyer, seller, year - 1, 3);
        for (const d of deals) {
          const res = await api(offline)
            .post('/api/v1/deals')
            .set('Authorization', `Bearer ${bureau}`)
            .set('Idempotency-Key', d.key)
            .send(d.body);
          expect(res.status).toBe(201);
          expect(res.body.status).toBe('registered');
        }
        const db = offline.get(DataSource);
        // The worker of the previous case sweeps every registered deal of the database into its own Redis.
        await waitFor(async () => (await recordedCount(db, year - 1, buyer.orgId)) === 3, 60_000, 'deals recorded by the sweeper');
        expect((await db.query(`SELECT sum(amount_fen)::text AS fen FROM deals WHERE buyer_org_id = $1`, [buyer.orgId]))[0].fen).toBe(
          deals.reduce((s, d) => s + d.fen, 0n).toString(),
        );
      } finally {
        await offline.close();
      }
    }, 180_000);
  });
});

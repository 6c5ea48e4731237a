import type { ChildProcess } from 'node:child_process';
import { randomInt, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { formatFen } from '@app/common';
import { bureauToken } from '../helpers/bureau.js';
import { dealBody, freePort, inParallel, registerMember, registrationNo, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { ledgerCheck, listening, startNode, startRedis, stopProcess, type Env } from '../helpers/processes.js';
import { api, bearer, createTestApp } from '../helpers/test-app.js';

/**
 * Failure tests of deal recording on the real services, each on a database and Redis prefix of
 * its own: a worker killed with SIGKILL, Redis restarted with and without its append-only file,
 * the api restarted while clients retry idempotent posts, and the parties' registration path
 * (declare, confirm, register) with replayed registrations while the worker is killed and Redis
 * restarted. Each ends with the exact totals and a clean `ledger:check` run by the CLI.
 */
const year = new Date().getUTCFullYear() - 1;

interface Fixture {
  app: INestApplication<App>;
  db: DataSource;
  env: Env;
  bureau: string;
  buyer: Member;
  seller: Member;
  drop: () => Promise<void>;
}

async function fixture(tag: string, extra: Env = {}): Promise<Fixture> {
  const isolated = await createIsolatedDatabase(tag);
  // Small batches and low concurrency keep recording slow enough for the failure to land mid-load on an idle machine.
  const env = {
    ...isolated.env,
    DEALS_SWEEP_AFTER_SECONDS: '2',
    DEALS_SWEEP_EVERY_SECONDS: '2',
    DEALS_RECORD_BATCH: '5',
    DEALS_RECORD_CONCURRENCY: '2',
    ...extra,
  };
  const app = await createTestApp(env);
  const bureau = await bureauToken(app);
  const [buyer, seller] = [
    await registerMember(app, 'enterprise', { verifyWith: bureau }),
    await registerMember(app, 'institution', { verifyWith: bureau }),
  ];
  return { app, db: app.get(DataSource), env, bureau, buyer, seller, drop: isolated.drop };
}

/** `count` registered contracts with random exact amounts, imported in one CSV: `count` registered deals enqueued in bulk. */
async function importDeals(f: Fixture, count: number): Promise<bigint> {
  let sum = 0n;
  const lines = ['buyer,seller,contractType,field,amount,signedAt,registrationNo'];
  for (let i = 0; i < count; i++) {
    const fen = BigInt(randomInt(1, 1_000_000_000));
    sum += fen;
    lines.push(
      `${f.buyer.orgId},${f.seller.orgId},development,new_materials,${formatFen(fen)},${year}-${String((i % 12) + 1).padStart(2, '0')}-10,${registrationNo(year)}`,
    );
  }
  const res = await api(f.app)
    .post('/api/v1/deals/import')
    .set('Authorization', `Bearer ${f.bureau}`)
    .attach('file', Buffer.from(lines.join('\n')), 'contracts.csv')
    .expect(202);
  expect(res.body).toMatchObject({ accepted: count, rejected: 0 });
  return sum;
}

const recorded = async (db: DataSource) => Number((await db.query(`SELECT count(*)::int AS n FROM deals WHERE status = 'recorded'`))[0].n);

/** Every deal recorded exactly once: one ledger entry each, the exact sum, the dashboard agrees, the CLI check is clean. */
async function expectExactlyOnce(f: Fixture, count: number, sumFen: bigint): Promise<void> {
  const [ledger] = await f.db.query(
    `SELECT count(*)::int AS n, count(DISTINCT deal_id)::int AS deals, sum(amount_fen)::text AS fen FROM ledger_entries`,
  );
  expect(ledger).toEqual({ n: count, deals: count, fen: sumFen.toString() });
  const stats = await api(f.app).get(`/api/v1/stats/turnover?year=${year}`).set('Authorization', `Bearer ${f.bureau}`).expect(200);
  expect(stats.body).toMatchObject({ total: formatFen(sumFen), dealCount: count });
  const check = await ledgerCheck(f.env);
  expect(check.out).toContain('ledger check: clean');
  expect(check.code).toBe(0);
}

describe('deal recording under failures', () => {
  describe('a worker killed with SIGKILL during a 5,000-deal load', () => {
    let f: Fixture;
    let worker: ChildProcess | undefined;

    beforeAll(async () => {
      f = await fixture('kill');
    });
    afterAll(async () => {
      await stopProcess(worker);
      await f?.app.close();
      await f?.drop();
    });

    it('finishes after a restart with exact totals and a clean ledger:check', async () => {
      const sum = await importDeals(f, 5000);
      worker = startNode('worker', f.env);
      await waitFor(async () => (await recorded(f.db)) >= 500, 120_000, 'the first worker to record 500 deals');
      await stopProcess(worker, 'SIGKILL');
      expect(await recorded(f.db)).toBeLessThan(5000);
      worker = startNode('worker', f.env);
      await waitFor(async () => (await recorded(f.db)) === 5000, 170_000, 'all 5,000 deals recorded after the restart');
      await expectExactlyOnce(f, 5000, sum);
    });
  });

  describe.each([
    ['with its append-only file: the queue survives', true],
    ['without persistence: the queue is lost and the sweeper re-sends it', false],
  ])('Redis restarted during a 5,000-deal load, %s', (_what, aof) => {
    let f: Fixture;
    let redis: ChildProcess | undefined;
    let worker: INestApplicationContext | undefined;
    let port: number;
    const dir = mkdtempSync(join(tmpdir(), 'techmarket-fault-redis-'));

    beforeAll(async () => {
      port = await freePort();
      redis = await startRedis(port, dir, aof);
      f = await fixture(aof ? 'aof' : 'noaof', { REDIS_URL: `redis://127.0.0.1:${port}` });
      worker = await startWorker({ ...process.env, ...f.env });
    });
    afterAll(async () => {
      await worker?.close();
      await f?.app.close();
      await stopProcess(redis);
      await f?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('loses nothing and doubles nothing', async () => {
      const sum = await importDeals(f, 5000);
      await waitFor(async () => (await recorded(f.db)) >= 300, 120_000, 'some deals recorded before the restart');
      await stopProcess(redis, 'SIGTERM');
      expect(await recorded(f.db)).toBeLessThan(5000);
      redis = await startRedis(port, dir, aof);
      await waitFor(async () => (await recorded(f.db)) === 5000, 170_000, 'all 5,000 deals recorded after Redis returned');
      await expectExactlyOnce(f, 5000, sum);
    });
  });

  describe('the api restarted while clients retry idempotent posts', () => {
    const N = 1500;
    let f: Fixture;
    let apiProcess: ChildProcess | undefined;
    let worker: INestApplicationContext | undefined;
    let port: number;

    beforeAll(async () => {
      f = await fixture('api');
      port = await freePort();
      worker = await startWorker({ ...process.env, ...f.env });
    });
    afterAll(async () => {
      await stopProcess(apiProcess);
      await worker?.close();
      await f?.app.close();
      await f?.drop();
    });

    const startApi = async () => {
      apiProcess = startNode('api', { ...f.env, PORT: String(port), HOST: '127.0.0.1' });
      await waitFor(() => listening(port), 60_000, 'the api to listen');
    };

    /** A client that posts until it gets a 201, as a client with an Idempotency-Key may. */
    const postUntilAccepted = async (key: string, body: object): Promise<{ id: string; attempts: number }> => {
      for (let attempts = 1; ; attempts++) {
        const res = await fetch(`http://127.0.0.1:${port}/api/v1/deals`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${f.bureau}`, 'idempotency-key': key },
          body: JSON.stringify(body),
          signal: AbortSignal.timeout(10_000),
        }).catch(() => null);
        if (res?.status === 201) return { id: ((await res.json()) as { id: string }).id, attempts };
        if (res && res.status < 500) throw new Error(`POST /deals answered ${res.status}: ${await res.text()}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    };

    it('records every deal exactly once', async () => {
      await startApi();
      const deals = Array.from({ length: N }, (_, i) => {
        const fen = BigInt(randomInt(1, 1_000_000_000));
        return {
          key: randomUUID(),
          fen,
          body: dealBody(f.buyer.orgId, f.seller.orgId, {
            amount: formatFen(fen),
            signedAt: `${year}-0${(i % 9) + 1}-20`,
            registrationNo: registrationNo(year),
          }),
        };
      });
      let accepted = 0;
      let restarted: Promise<void> | undefined;
      const answers = await inParallel(
        deals.map((d) => async () => {
          const answer = await postUntilAccepted(d.key, d.body);
          if (++accepted === 300) restarted = stopProcess(apiProcess, 'SIGKILL').then(startApi);
          return answer;
        }),
        16,
      );
      await restarted;
      expect(answers.some((a) => a.attempts > 1)).toBe(true); // the restart really happened mid-load
      expect(new Set(answers.map((a) => a.id)).size).toBe(N);
      // Every key once more: the same deal comes back.
      const again = await inParallel(
        deals.slice(0, 200).map((d) => () => postUntilAccepted(d.key, d.body)),
        16,
      );
      expect(again.map((a) => a.id)).toEqual(answers.slice(0, 200).map((a) => a.id));
      await waitFor(async () => (await recorded(f.db)) === N, 170_000, `all ${N} deals recorded`);
      expect(Number((await f.db.query('SELECT count(*)::int AS n FROM deals'))[0].n)).toBe(N);
      await expectExactlyOnce(
        f,
        N,
        deals.reduce((s, d) => s + d.fen, 0n),
      );
    });
  });

  describe('the registration path: replayed registrations, a worker killed with SIGKILL and Redis restarted', () => {
    const N = 200;
    let f: Fixture;
    let redis: ChildProcess | undefined;
    let worker: ChildProcess | undefined;
    let port: number;
    const dir = mkdtempSync(join(tmpdir(), 'techmarket-fault-path-'));

    beforeAll(async () => {
      port = await freePort();
      redis = await startRedis(port, dir, false);
      f = await fixture('path', { REDIS_URL: `redis://127.0.0.1:${port}`, DEALS_RECORD_CONCURRENCY: '1' });
    });
    afterAll(async () => {
      await stopProcess(worker);
      await f?.app.close();
      await stopProcess(redis);
      await f?.drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it('records every registered deal exactly once, and no declared or confirmed deal ever', async () => {
      const deals = Array.from({ length: N }, (_, i) => ({
        fen: BigInt(randomInt(1, 1_000_000_000)),
        month: (i % 9) + 1,
        number: registrationNo(year),
      }));
      const ids = await inParallel(
        deals.map((d) => async () => {
          const declared = await api(f.app)
            .post('/api/v1/deals')
            .set(bearer(f.buyer.token))
            .set('Idempotency-Key', randomUUID())
            .send(dealBody(f.buyer.orgId, f.seller.orgId, { amount: formatFen(d.fen), signedAt: `${year}-0${d.month}-12` }))
            .expect(201);
          await api(f.app).post(`/api/v1/deals/${declared.body.id}/confirm`).set(bearer(f.seller.token)).expect(200);
          return declared.body.id as string;
        }),
        8,
      );
      // Nine in ten are registered; the rest stay confirmed and must never reach the ledger.
      const registered = ids.filter((_, i) => i % 10 !== 9);
      const sum = deals.filter((_, i) => i % 10 !== 9).reduce((s, d) => s + d.fen, 0n);
      const register = (id: string) =>
        api(f.app)
          .post(`/api/v1/deals/${id}/register`)
          .set(bearer(f.bureau))
          .send({ registrationNo: deals[ids.indexOf(id)].number })
          .expect(200);
      worker = startNode('worker', f.env);
      let done = 0;
      let faults: Promise<void> | undefined;
      await inParallel(
        registered.map((id) => async () => {
          await register(id);
          await register(id); // a client retrying: the same number again changes nothing
          if (++done === Math.floor(registered.length / 3)) {
            faults = (async () => {
              await waitFor(async () => (await recorded(f.db)) >= 20, 60_000, 'some deals recorded before the kill');
              await stopProcess(worker, 'SIGKILL');
              await stopProcess(redis, 'SIGTERM');
              redis = await startRedis(port, dir, false);
              worker = startNode('worker', f.env);
            })();
          }
        }),
        8,
      );
      await faults;
      // Replays of the recording job itself, once everything is back.
      await waitFor(async () => (await recorded(f.db)) === registered.length, 170_000, 'every registered deal recorded');
      const again = await inParallel(
        registered.slice(0, 100).map((id) => () => register(id)),
        8,
      );
      expect(again.every((res) => res.body.status === 'recorded')).toBe(true);
      const [{ n: confirmed }] = await f.db.query(`SELECT count(*)::int AS n FROM deals WHERE status = 'confirmed'`);
      expect(confirmed).toBe(N - registered.length);
      await expectExactlyOnce(f, registered.length, sum);
      const [{ n: events }] = await f.db.query(`SELECT count(*)::int AS n FROM deal_events WHERE status = 'recorded'`);
      expect(events).toBe(registered.length);
    }, 420_000);
  });
});

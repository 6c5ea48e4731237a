/**
 * `npm run bench:listings`: what listings cost on this machine, on a throwaway database, Redis
 * prefix and Meilisearch. Prints JSON:
 * - seed → indexed: how long the worker takes to index the demo listings through the outbox;
 * - approve → searchable: per listing, from the bureau's approval to the first search that finds it;
 * - search latency through the api, beside a baseline measured in the same run: the same
 *   request sent straight to Meilisearch (the difference is validation, filter building, mapping).
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import { demandSearchParams, outcomeSearchParams } from '@app/listings';
import { QueueProducer } from '@app/queue';
import { SearchService, startLocalMeili } from '@app/search';
import { DataSource } from 'typeorm';
import { createApi } from '../apps/api/src/bootstrap.js';
import { CliModule } from '../apps/cli/src/cli.module.js';
import { DEMO_PASSWORD } from '../apps/cli/src/seed/demo-data.js';
import { SeedService } from '../apps/cli/src/seed/seed.service.js';
import { WorkerModule } from '../apps/worker/src/worker.module.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 30);
const APPROVALS = Number(process.env.BENCH_APPROVALS ?? 10);

const QUERIES: { index: 'demands' | 'outcomes'; query: Record<string, string> }[] = [
  { index: 'outcomes', query: { q: '杀青 发黄 夏秋茶' } },
  { index: 'outcomes', query: { q: '数控机床 热变形 精度', trlMin: '6' } },
  { index: 'outcomes', query: { q: '污水 氨氮 冬季', mode: 'license' } },
  { index: 'outcomes', query: { q: '防霉 竹材', priceMax: '500000.00' } },
  { index: 'outcomes', query: { q: '' } },
  { index: 'demands', query: { q: '焊接 气孔' } },
  { index: 'demands', query: { q: '光伏 清洗', field: 'new_energy' } },
  { index: 'demands', query: { q: '茶叶', budgetMin: '100000.00', sort: 'newest' } },
  { index: 'demands', query: { q: '' } },
];

const now = () => Number(process.hrtime.bigint() / 1000n) / 1000; // ms, sub-ms precision

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const round = (n: number) => Math.round(n * 100) / 100;
  return { n: sorted.length, p50: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]) };
}

async function poll(check: () => Promise<boolean>, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Removes this run's queue keys (and only those) from Redis. */
async function deleteKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    await redis.quit();
  }
}

async function main(): Promise<void> {
  const runId = randomBytes(4).toString('hex');
  const dataDir = mkdtempSync(join(tmpdir(), 'techmarket-bench-meili-'));
  const meili = await startLocalMeili({ dataDir, masterKey: `bench-${runId}-master-key`, maxIndexingThreads: 2 });
  const database = new URL(loadConfig().database.url);
  database.pathname = `/techmarket_bench_${runId}`;
  const env: Record<string, string> = {
    DATABASE_URL: database.toString(),
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX_PREFIX: `b${runId}_`,
    REDIS_PREFIX: `tmbench_${runId}`,
    LOG_LEVEL: 'silent',
    BUREAU_ADMIN_EMAIL: `bureau.${runId}@bench.techmarket.cn`,
    BUREAU_ADMIN_PASSWORD: 'Bench2026review',
    AUTH_RATE_LIMIT: '100000',
    // Suites and benchmarks are not throttled; the rate-limit test sets its own low limits.
    RATE_LIMIT_ANON_PER_MIN: '10000000',
    RATE_LIMIT_USER_PER_MIN: '10000000',
    RATE_LIMIT_MATCHES_PER_MIN: '10000000',
    RATE_LIMIT_POSTS_PER_MIN: '10000000',
  };
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    await runMigrations(loadConfig(env), () => undefined);
    cleanups.push(() => dropDatabase(database.toString()));
    cleanups.push(() => deleteKeys(loadConfig(env).redis.url, env.REDIS_PREFIX));
    const cli = await NestFactory.createApplicationContext(CliModule.forRoot(env), { logger: false });
    cleanups.push(() => cli.close());
    await cli.get(SearchService).ensureIndexes();

    const seeded = await cli.get(SeedService).seedIfEmpty();
    const seedDone = now();
    const worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
    cleanups.push(() => worker.close());
    await worker.init();
    const search = cli.get(SearchService);
    const expected = (seeded.listings?.demands ?? 0) + (seeded.listings?.outcomes ?? 0);
    await poll(async () => {
      const [d, o] = await Promise.all([search.index('demands').getStats(), search.index('outcomes').getStats()]);
      return d.numberOfDocuments + o.numberOfDocuments >= expected;
    });
    const indexedMs = now() - seedDone;

    const app = await createApi({ env });
    cleanups.push(() => app.close());
    await app.listen(0, '127.0.0.1');
    const base = `http://127.0.0.1:${(app.getHttpServer().address() as AddressInfo).port}/api/v1`;
    const post = async (path: string, token: string, body?: unknown) => {
      const res = await fetch(`${base}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body ?? {}),
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.json() as Promise<Record<string, unknown>>;
    };
    const login = async (email: string, password: string) => {
      const res = await fetch(`${base}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      });
      return ((await res.json()) as { accessToken: string }).accessToken;
    };
    const enterprise = await login('tea@demo.techmarket.cn', DEMO_PASSWORD);
    const bureau = await login(env.BUREAU_ADMIN_EMAIL, env.BUREAU_ADMIN_PASSWORD);

    const approveToSearchable: number[] = [];
    for (let i = 0; i < APPROVALS; i++) {
      const word = `bench${runId}n${i}`;
      const created = await post('/demands', enterprise, {
        title: `茶叶烘干能耗偏高问题${i}`,
        description: '烘干机烧生物质颗粒，每吨干茶燃料费偏高，想找节能烘干办法。',
        field: 'modern_agriculture',
        keywords: ['烘干', word],
        region: '331127',
        cooperationModes: ['service'],
      });
      const start = now();
      await post(`/demands/${String(created.id)}/approve`, bureau);
      await poll(async () => {
        // earlier approvals' words are one typo away, so look for this demand among the hits
        const body = (await (await fetch(`${base}/demands?q=${word}`)).json()) as { items?: { id: string }[] };
        return body.items?.some((item) => item.id === created.id) ?? false;
      }, 60000).catch(async (error: unknown) => {
        const db = cli.get(DataSource);
        const rows = await db.query('SELECT id, sends, done_at FROM listing_outbox WHERE listing_id = $1', [created.id]);
        const queue = cli.get(QueueProducer).queueFor('listings.outbox.index');
        const jobs = await Promise.all(
          rows.map(async (r: { id: string; sends: number }) => {
            const job = await queue.getJob(`listing-outbox-${r.id}-${r.sends}`);
            return { id: job?.id, state: job ? await job.getState() : 'missing', attempts: job?.attemptsMade, failed: job?.failedReason };
          }),
        );
        const doc = await search
          .index('demands')
          .getDocument(String(created.id))
          .catch((e: Error) => e.message);
        const raw = await search
          .index('demands')
          .search(word)
          .catch((e: Error) => e.message);
        const viaApi = await (await fetch(`${base}/demands?q=${word}`)).text();
        throw new Error(
          `approval ${i} not searchable: outbox ${JSON.stringify(rows)} jobs ${JSON.stringify(jobs)} doc ${JSON.stringify(doc)} raw ${JSON.stringify(raw).slice(0, 300)} api ${viaApi.slice(0, 300)}: ${String(error)}`,
        );
      });
      approveToSearchable.push(now() - start);
    }

    const apiLatency: number[] = [];
    const meiliLatency: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      for (const { index, query } of QUERIES) {
        let t = now();
        const res = await fetch(`${base}/${index}?${new URLSearchParams(query)}`);
        if (!res.ok) throw new Error(`search ${index} ${JSON.stringify(query)}: ${res.status}`);
        await res.json();
        apiLatency.push(now() - t);
        const paging = { page: 1, limit: 20, q: query.q, sort: query.sort as 'newest' | undefined };
        const params =
          index === 'demands'
            ? demandSearchParams({ ...paging, field: query.field as never, budgetMinFen: query.budgetMin ? 10000000n : undefined })
            : outcomeSearchParams({
                ...paging,
                trlMin: query.trlMin ? Number(query.trlMin) : undefined,
                mode: query.mode as never,
                priceMaxFen: query.priceMax ? 50000000n : undefined,
              });
        t = now();
        await search.index(index).search(query.q || null, params);
        meiliLatency.push(now() - t);
      }
    }

    console.log(
      JSON.stringify(
        {
          machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
          seed: { demands: seeded.listings?.demands, outcomes: seeded.listings?.outcomes, seedToIndexedMs: Math.round(indexedMs) },
          approveToSearchableMs: stats(approveToSearchable),
          searchLatencyMs: {
            api: stats(apiLatency),
            baselineMeilisearchDirect: stats(meiliLatency),
            queries: QUERIES.length,
            rounds: ROUNDS,
          },
        },
        null,
        2,
      ),
    );
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((e: unknown) => console.error(e));
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

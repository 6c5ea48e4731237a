/**
 * `npm run bench:search`: search, matching and indexing at provincial scale (default 100,000
 * outcomes and 50,000 demands), each beside a baseline measured in the same run:
 * - indexing: 100,000 newly approved outcomes made searchable through the outbox and the worker,
 *   against the same documents added straight to Meilisearch in batches of 10,000;
 * - `GET /outcomes?q=` against the same search request sent straight to Meilisearch;
 * - `GET /demands/:id/matches` against a plain Meilisearch search with the demand's title;
 * - the api's transport to Meilisearch (kept-alive connections, uncompressed replies) against the
 *   fresh connection per request it used before, and against fetch's defaults, from one process.
 * Uses its own database, Redis prefix and Meilisearch; starts the built api and worker as child
 * processes. Environment: BENCH_OUTCOMES, BENCH_DEMANDS, BENCH_SEARCHES, BENCH_MATCHES, and
 * BENCH_PARTS (default `indexing,search,matches,freshness,transport`) to run only some parts
 * (`BENCH_PARTS=search` for the search rows alone; the results file keeps the other parts' rows);
 * BENCH_FRESH outcomes approved at BENCH_FRESH_RATE per second for the freshness of the stored
 * match lists (the matches part reads the stored lists after one pass computes them);
 * BENCH_CPU_PROF_DIR for V8 CPU profiles of the api and the worker.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os, { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import pg from 'pg';
import { creditCodeCheckChar } from '@app/accounts';
import { parseYuan } from '@app/common';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import {
  OUTBOX_CHUNK,
  outboxJobs,
  outcomeSearchParams,
  toDemandDocument,
  toOutcomeDocument,
  type Demand,
  type Outcome,
} from '@app/listings';
import { DEFAULT_JOB_OPTIONS } from '@app/queue';
import { freePort, INDEX_SETTINGS, meiliAgent, meiliHttpClient, startLocalMeili } from '@app/search';
import { Meilisearch } from 'meilisearch';
import { Agent as UndiciAgent } from 'undici';
import { ListingGenerator, type GeneratedDemand, type GeneratedOutcome } from './lib/generator.js';
import { load, type LoadFigures } from './lib/load.js';
import { machine, processCpuMs, ratio, RESULTS_DIR, writeResult, type BenchmarkResult } from './lib/report.js';
import { drive } from './lib/transport.js';
import { cleanRedis } from './lib/stack.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUTCOMES = Number(process.env.BENCH_OUTCOMES ?? 100_000);
const DEMANDS = Number(process.env.BENCH_DEMANDS ?? 50_000);
const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 2_000);
const MATCHES = Number(process.env.BENCH_MATCHES ?? 600);
const ALL_PARTS = 'indexing,search,matches,freshness,transport';
const PARTS = new Set((process.env.BENCH_PARTS ?? ALL_PARTS).split(','));
const FRESH = Number(process.env.BENCH_FRESH ?? 300);
const FRESH_RATE = Number(process.env.BENCH_FRESH_RATE ?? 10);
const children: ChildProcess[] = [];
const seconds = (ms: number) => Math.round(ms) / 1000;
const log = (line: string) => console.error(`[bench:search] ${line}`);

async function main(): Promise<void> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'techmarket-bench-meili-'));
  const meili = await startLocalMeili({ dataDir, masterKey: `bench-master-key-${runId}` });
  const database = new URL(process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  database.pathname = `/techmarket_bench_${runId}`;
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'test',
    DATABASE_URL: database.toString(),
    DATABASE_POOL_SIZE: '20',
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `bench_${runId}`,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX_PREFIX: '',
    JWT_SECRET: `bench-jwt-secret-${runId}-0123456789abcdef`,
    PORT: String(await freePort()),
    LOG_LEVEL: 'error',
    // The load generator is one client: the per-client limits would answer it 429.
    RATE_LIMIT_ANON_PER_MIN: '10000000',
    RATE_LIMIT_USER_PER_MIN: '10000000',
    RATE_LIMIT_MATCHES_PER_MIN: '10000000',
  };
  await runMigrations(loadConfig(env), () => undefined);
  const db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 8 });
  const client = new Meilisearch({ host: meili.url, apiKey: meili.masterKey, timeout: 120_000 });
  try {
    const gen = new ListingGenerator(20261127);
    const orgs = await insertOrganizations(db);
    log(`inserting ${OUTCOMES} outcomes (pending) and ${DEMANDS} demands (published)`);
    const outcomes = Array.from({ length: OUTCOMES }, () => gen.outcome());
    const demands = Array.from({ length: DEMANDS }, () => gen.demand());
    await insertOutcomes(db, outcomes, orgs.institutions);
    await insertDemands(db, demands, orgs.enterprises);

    const worker = start('apps/worker/src/main.js', env);
    const apiProcess = start('apps/api/src/main.js', env);
    children.push(worker, apiProcess);
    const base = `http://127.0.0.1:${env.PORT}`;
    await waitHealthy(`${base}/api/v1/health`);

    const loadAtStart = loadavg();
    const rows: Parameters<typeof writeResult>[0]['rows'] = [];
    const notes: string[] = [];
    if (PARTS.has('indexing')) {
      log('indexing through the outbox and the worker');
      const ours = await indexThroughOutbox(db, env, client);
      const oursBatches = await batchSummary(client, 'outcomes');
      log(`ours: ${ours.seconds} s, ${ours.jobs} jobs, ${JSON.stringify(oursBatches)}`);
      const docs = await outcomeDocuments(db);
      log('indexing straight into Meilisearch (baseline)');
      const baseline = await indexDirect(client, 'baseline_outcomes', docs);
      const baselineBatches = await batchSummary(client, 'baseline_outcomes');
      log(`baseline: ${baseline.seconds} s, ${JSON.stringify(baselineBatches)}`);
      await client.deleteIndex('baseline_outcomes').waitTask({ timeout: 120_000 });
      const figures = (f: { seconds: number }, b: { batches: number; docsPerBatch: number; batchSeconds: number }) => ({
        seconds: f.seconds,
        docsPerSecond: Math.round(OUTCOMES / f.seconds),
        meiliBatches: b.batches,
        docsPerBatch: b.docsPerBatch,
        meiliBatchSeconds: b.batchSeconds,
      });
      const o = figures(ours, oursBatches);
      const b = figures(baseline, baselineBatches);
      rows.push({ case: `index ${OUTCOMES} approved outcomes`, ours: o, baseline: b, ratio: ratio(o, b), unit: 's, documents/s, batches' });
      notes.push(
        `Indexing (ours): outcomes approved in bulk in SQL with one outbox row each, the rows sent as the outbox relay sends them (${ours.jobs} jobs of up to ${OUTBOX_CHUNK} rows); timed from the approval until every outbox row is settled and the index holds every document. Baseline: the same documents added straight to an empty index with the same settings in batches of 10,000. meiliBatches: how many batches Meilisearch made of the document writes; meiliBatchSeconds: time spent inside them.`,
      );
      // Each approval also queued its outcome's match list: 100,000 list computations that would
      // keep the worker busy through every later part. They are dropped here, so that search and
      // matches are measured on an idle worker and freshness in the steady state it is about (the
      // sampled demands' lists are computed on the spot in the matches part).
      const dropped = await dropListBacklog(env);
      log(`dropped ${dropped} queued match-list computations of the bulk approval`);
      notes.push(
        `The bulk approval of the indexing part queued one match-list computation per outcome; the ${dropped} still queued when the index was complete were dropped before the next parts.`,
      );
    } else {
      await db.query(`UPDATE outcomes SET status = 'published', published_at = now() WHERE status = 'pending'`);
      await indexDirect(client, 'outcomes', await outcomeDocuments(db), true);
    }

    const queries = Array.from({ length: 200 }, () => gen.query());
    const meiliHeaders = { authorization: `Bearer ${meili.masterKey}` };
    const searchBodies = queries.map((q) => JSON.stringify({ q, ...outcomeSearchParams({ q, page: 1, limit: 20 }) }));
    const searchPaths = queries.map((q) => `/api/v1/outcomes?q=${encodeURIComponent(q)}&limit=20`);
    if (PARTS.has('search')) {
      const proxy = await startBareProxy(meili);
      for (const connections of [1, 32]) {
        const amount = connections === 1 ? Math.min(300, SEARCHES) : SEARCHES;
        log(`search, concurrency ${connections}`);
        const meiliSearch = () =>
          load({
            url: meili.url,
            paths: ['/indexes/outcomes/search'],
            method: 'POST',
            bodies: searchBodies,
            headers: meiliHeaders,
            connections,
            amount,
          });
        // Meilisearch alone before and after the api's run, and the mean of the two: on a shared
        // host whose speed drifts within minutes, that brackets the api's run instead of
        // sampling one moment beside it.
        const baseBefore = await meiliSearch();
        const apiCpu = processCpuMs(apiProcess.pid!);
        const oursSearch = await load({ url: base, paths: searchPaths, connections, amount });
        const apiCpuMs = (processCpuMs(apiProcess.pid!) - apiCpu) / amount;
        const baseSearch = meanOf(baseBefore, await meiliSearch());
        rows.push(withServerCpu(row(`GET /outcomes?q= (c=${connections})`, oursSearch, baseSearch), apiCpuMs));
        const proxyCpu = processCpuMs(proxy.child.pid!);
        const bare = await load({ url: proxy.url, paths: searchPaths, connections, amount });
        const proxyCpuMs = (processCpuMs(proxy.child.pid!) - proxyCpu) / amount;
        rows.push(withServerCpu(row(`bare Node.js proxy, GET /outcomes?q= (c=${connections})`, bare, baseSearch), proxyCpuMs));
      }
      proxy.child.kill('SIGTERM');
      notes.push(
        'Search baseline: the request our api sends to Meilisearch (same q, limit, facets, highlighting and cropping), sent to it directly, once before the api’s run and once after it; the baseline figures are the mean of the two runs.',
        "Bare Node.js proxy (bench/lib/bare-proxy.ts): node:http and the api's transport to Meilisearch, the same search sent and Meilisearch's reply returned byte for byte, no framework, parsing, mapping, logging or rate limit; the least any Node.js api in front of Meilisearch costs on the same cores, against the same baseline. serverCpuMsPerRequest: the CPU (user + system, /proc) the api or the proxy spent per request while its load ran.",
      );
    }
    if (PARTS.has('matches')) {
      log('loading demands into their index');
      await indexDirect(client, 'demands', await demandDocuments(db), true);
      const sample = (await db.query('SELECT id, title FROM demands ORDER BY random() LIMIT 200')).rows as { id: string; title: string }[];
      const matchPaths = sample.map((d) => `/api/v1/demands/${d.id}/matches?limit=10`);
      const titleBodies = sample.map((d) => JSON.stringify({ q: d.title, limit: 10 }));
      // The first read of each page finds no stored list (the demands went straight into the
      // index) and computes it on the spot: that is the match as it was computed before.
      log("matches, computing the sample's stored lists on the spot (c=1)");
      const computed = await load({ url: base, paths: matchPaths, connections: 1, amount: matchPaths.length });
      const plain = await load({
        url: meili.url,
        paths: ['/indexes/outcomes/search'],
        method: 'POST',
        bodies: titleBodies,
        headers: meiliHeaders,
        connections: 1,
        amount: matchPaths.length,
      });
      rows.push(row('GET /demands/:id/matches, list computed on the spot (c=1)', computed, plain));
      for (const connections of [1, 32]) {
        const matchAmount = connections === 1 ? Math.min(200, MATCHES) : MATCHES;
        log(`matches, concurrency ${connections}`);
        const oursMatch = await load({ url: base, paths: matchPaths, connections, amount: matchAmount });
        const baseMatch = await load({
          url: meili.url,
          paths: ['/indexes/outcomes/search'],
          method: 'POST',
          bodies: titleBodies,
          headers: meiliHeaders,
          connections,
          amount: matchAmount,
        });
        rows.push(row(`GET /demands/:id/matches from the stored list (c=${connections})`, oursMatch, baseMatch));
      }
      notes.push(
        'Match baseline: one plain Meilisearch search with the demand title. "Computed on the spot": the first read of each sampled page, which runs the multi-search of focused queries and the re-rank and stores the list; "from the stored list": every later read.',
      );
    }
    if (PARTS.has('freshness')) {
      log(`freshness: approving ${FRESH} outcomes at ${FRESH_RATE}/s`);
      const fresh = await freshness(db, env, gen, orgs.institutions, worker.pid!);
      rows.push({
        case: `stored lists after approving ${FRESH} outcomes at ${FRESH_RATE}/s`,
        ours: fresh.ours,
        baseline: fresh.indexed,
        ratio: ratio(fresh.ours, fresh.indexed),
        unit: 'ms',
      });
      notes.push(
        "Freshness: outcomes approved one at a time at the given rate (status, outbox row and index job as the api writes them); each one's time from the approval until its match-list job finished (its own list stored and it scored into the stored lists of the demands it found, where they exist). Baseline: the same approvals' time until their index job finished (in search). workerCpuMsPerApproval: the worker process's CPU during the run divided by the approvals (it indexes them too); meiliSearchesPerApproval and meiliWritesPerApproval: the searches (search, multi-search) and document writes Meilisearch answered meanwhile, from its own request counters; pgTransactionsPerApproval: PostgreSQL transactions committed meanwhile in the bench's database, less the two of each approval itself (pg_stat_database, which counts with a short delay).",
      );
    }
    if (PARTS.has('transport')) {
      rows.push(...(await transportRows(meili, queries)));
      notes.push(
        'Transport: the search request of GET /outcomes?q= sent by the meilisearch client from one process (no api), ours (undici request over kept-alive connections, Accept-Encoding: identity) against the fresh connection per request used before, and fetch with its defaults (kept-alive, Accept-Encoding: gzip, deflate, br) against the same baseline; cpuMsPerRequest is the client process’s CPU per request.',
      );
    }
    notes.unshift(
      'Latency in ms (p50, p95, p99) and throughput in requests/s counted from the first request sent to the last answer; ratio = ours / baseline (latency: lower is better; throughput: higher is better).',
    );
    notes.push(`Load average (1, 5, 15 min) at the start: ${loadAtStart}; at the end: ${loadavg()} (2 shared cores: compare ratios).`);
    const file = writeResult(
      withEarlierParts({
        name: 'search-match-indexing',
        description:
          'Search and match latency through the api against Meilisearch alone, and indexing of newly approved outcomes through the outbox and worker against direct batched document additions.',
        dataSize: { outcomes: OUTCOMES, demands: DEMANDS, searchRequests: SEARCHES, matchRequests: MATCHES },
        concurrency: [1, 32],
        machine: machine((await client.getVersion()).pkgVersion),
        startedAt: new Date().toISOString(),
        rows,
        notes,
      }),
    );
    console.log(JSON.stringify({ file, rows }, null, 2));
  } finally {
    for (const child of children) child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1000));
    await db.end();
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await dropDatabase(env.DATABASE_URL);
    await cleanRedis(env.REDIS_URL, env.REDIS_PREFIX);
  }
}

/**
 * A run of some parts only (BENCH_PARTS) replaces the rows it measured in the results file and
 * keeps the others from the earlier run, saying so, rather than leaving a file of a few rows.
 */
function withEarlierParts(result: BenchmarkResult): BenchmarkResult {
  const all = ALL_PARTS.split(',');
  const skipped = all.filter((p) => !PARTS.has(p));
  const path = join(RESULTS_DIR, `${result.name}.json`);
  if (skipped.length === 0 || !existsSync(path)) return result;
  const earlier = JSON.parse(readFileSync(path, 'utf8')) as BenchmarkResult;
  const fresh = new Map(result.rows.map((r) => [r.case, r]));
  const rows = earlier.rows.map((r) => fresh.get(r.case) ?? r);
  for (const r of result.rows) if (!earlier.rows.some((e) => e.case === r.case)) rows.push(r);
  const kept = (earlier.notes ?? []).filter(
    (n) => !result.notes?.includes(n) && !n.startsWith('Latency in ms') && !n.startsWith('Load average'),
  );
  return {
    ...result,
    rows,
    notes: [
      ...(result.notes ?? []),
      `This run measured ${[...PARTS].join(', ')} only; the rows of ${skipped.join(', ')} are from the run of ${earlier.startedAt}.`,
      ...kept,
    ],
  };
}

const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(', ');

/** The api's transport to Meilisearch against the fresh connection per request, and fetch's defaults against the same. */
async function transportRows(meili: { url: string; masterKey: string }, queries: string[]) {
  const fresh = new UndiciAgent({ pipelining: 0 });
  const kept = meiliAgent();
  const clients = {
    ours: new Meilisearch({ host: meili.url, apiKey: meili.masterKey, httpClient: meiliHttpClient(kept) }),
    fresh: new Meilisearch({ host: meili.url, apiKey: meili.masterKey, requestInit: { dispatcher: fresh } as unknown as RequestInit }),
    fetchDefaults: new Meilisearch({ host: meili.url, apiKey: meili.masterKey }),
  };
  const search = (client: Meilisearch) => (i: number) => {
    const q = queries[i % queries.length];
    return client.index('outcomes').search(q, outcomeSearchParams({ q, page: 1, limit: 20 }));
  };
  const rows = [];
  for (const connections of [1, 32]) {
    const amount = connections === 1 ? 300 : 2000;
    log(`transport, concurrency ${connections}`);
    const ours = await drive(search(clients.ours), connections, amount);
    const before = await drive(search(clients.fresh), connections, amount);
    const defaults = await drive(search(clients.fetchDefaults), connections, amount);
    const unit = 'ms, requests/s, CPU ms/request';
    rows.push(
      {
        case: `transport (c=${connections}): kept-alive, uncompressed (ours) vs fresh connection per request`,
        ours: { ...ours },
        baseline: { ...before },
        ratio: ratio({ ...ours }, { ...before }),
        unit,
      },
      {
        case: `transport (c=${connections}): fetch defaults, kept-alive and compressed vs fresh connection per request`,
        ours: { ...defaults },
        baseline: { ...before },
        ratio: ratio({ ...defaults }, { ...before }),
        unit,
      },
    );
  }
  await Promise.all([fresh.close(), kept.close()]);
  return rows;
}

/** The mean of two runs of the same load, figure by figure. */
function meanOf(a: LoadFigures, b: LoadFigures): LoadFigures {
  const mean = (x: number, y: number) => Math.round(((x + y) / 2) * 100) / 100;
  return {
    p50: mean(a.p50, b.p50),
    p95: mean(a.p95, b.p95),
    p99: mean(a.p99, b.p99),
    rps: mean(a.rps, b.rps),
    errors: a.errors + b.errors,
  };
}

function row(name: string, ours: LoadFigures, baseline: LoadFigures) {
  // A failed request answers fast: figures with failures in them measure the failure, not the path.
  if (ours.errors > 0 || baseline.errors > 0) {
    throw new Error(`${name}: ${ours.errors} failed requests (ours), ${baseline.errors} (baseline): the figures would be wrong`);
  }
  const pick = (f: LoadFigures) => ({ p50: f.p50, p95: f.p95, p99: f.p99, rps: f.rps, errors: f.errors });
  return { case: name, ours: pick(ours), baseline: pick(baseline), ratio: ratio(pick(ours), pick(baseline)), unit: 'ms, requests/s' };
}

/** Adds the CPU the server in front of Meilisearch (the api, or the bare proxy) spent per request, from /proc. */
function withServerCpu(r: ReturnType<typeof row>, cpuMsPerRequest: number) {
  return { ...r, ours: { ...r.ours, serverCpuMsPerRequest: Math.round(cpuMsPerRequest * 1000) / 1000 } };
}

async function insertOrganizations(db: pg.Pool): Promise<{ institutions: string[]; enterprises: string[] }> {
  const make = async (type: 'institution' | 'enterprise', i: number) => {
    const serial = `${i}`.padStart(9, '0');
    const first17 = `${type === 'institution' ? '12' : '91'}331127${serial}`;
    const { rows } = await db.query(
      `INSERT INTO organizations (name, type, credit_code, region, verified) VALUES ($1, $2, $3, '331127', true) RETURNING id`,
      [`${type === 'institution' ? '研究院' : '科技有限公司'}${i}`, type, first17 + creditCodeCheckChar(first17)],
    );
    return rows[0].id as string;
  };
  const institutions = await Promise.all(Array.from({ length: 20 }, (_, i) => make('institution', i)));
  const enterprises = await Promise.all(Array.from({ length: 20 }, (_, i) => make('enterprise', 100 + i)));
  return { institutions, enterprises };
}

async function insertRows(db: pg.Pool, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    const chunk = rows.slice(i, i + 1000);
    const values = chunk.map((_, r) => `(${columns.map((_, c) => `$${r * columns.length + c + 1}`).join(', ')})`).join(', ');
    await db.query(`INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values}`, chunk.flat());
  }
}

const fen = (yuan: string | null) => (yuan === null ? null : (parseYuan(yuan) as { fen: bigint }).fen.toString());

async function insertOutcomes(db: pg.Pool, outcomes: GeneratedOutcome[], orgs: string[]): Promise<void> {
  const columns = [
    'id',
    'organization_id',
    'created_by',
    'title',
    'abstract',
    'field',
    'keywords',
    'trl',
    'transfer_modes',
    'asking_price_fen',
    'status',
  ];
  await insertRows(
    db,
    'outcomes',
    columns,
    outcomes.map((o, i) => [
      randomUUID(),
      orgs[i % orgs.length],
      randomUUID(),
      o.title,
      o.abstract,
      o.field,
      o.keywords,
      o.trl,
      o.transferModes,
      fen(o.askingPrice),
      'pending',
    ]),
  );
}

async function insertDemands(db: pg.Pool, demands: GeneratedDemand[], orgs: string[]): Promise<string[]> {
  const columns = [
    'id',
    'organization_id',
    'created_by',
    'title',
    'description',
    'field',
    'keywords',
    'budget_max_fen',
    'region',
    'cooperation_modes',
    'status',
    'published_at',
  ];
  const ids = demands.map(() => randomUUID());
  await insertRows(
    db,
    'demands',
    columns,
    demands.map((d, i) => [
      ids[i],
      orgs[i % orgs.length],
      randomUUID(),
      d.title,
      d.description,
      d.field,
      d.keywords,
      fen(d.budgetMax),
      d.region,
      d.cooperationModes,
      'published',
      new Date(),
    ]),
  );
  return ids;
}

/**
 * A bulk approval: every outcome published in SQL with one outbox row each, the rows sent to the
 * queue as the outbox relay sends them (one job per chunk of rows), then the worker indexes.
 */
async function indexThroughOutbox(
  db: pg.Pool,
  env: Record<string, string>,
  client: Meilisearch,
): Promise<{ seconds: number; jobs: number }> {
  const queue = new Queue('search-index', {
    connection: new Redis(env.REDIS_URL, { maxRetriesPerRequest: null }),
    prefix: `${env.REDIS_PREFIX}:bull`,
  });
  const started = performance.now();
  await db.query(`UPDATE outcomes SET status = 'published', published_at = now() WHERE status = 'pending'`);
  const { rows } = await db.query(
    `INSERT INTO listing_outbox (listing_kind, listing_id) SELECT 'outcome', id FROM outcomes RETURNING id::text, sends`,
  );
  const jobs = outboxJobs(rows as { id: string; sends: number }[]);
  for (let i = 0; i < jobs.length; i += 20) {
    await queue.addBulk(
      jobs
        .slice(i, i + 20)
        .map((job) => ({ name: 'listings.outbox.index', data: job.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: job.jobId } })),
    );
  }
  for (;;) {
    const { rows: pending } = await db.query('SELECT count(*)::int AS n FROM listing_outbox WHERE done_at IS NULL');
    if (pending[0].n === 0) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  const stats = await client.index('outcomes').getStats();
  if (stats.numberOfDocuments !== OUTCOMES) throw new Error(`index holds ${stats.numberOfDocuments} outcomes, expected ${OUTCOMES}`);
  const elapsed = performance.now() - started;
  await queue.close();
  return { seconds: seconds(elapsed), jobs: jobs.length };
}

/** Approves outcomes at FRESH_RATE per second through the outbox and times each until its match-list job finished. */
async function freshness(db: pg.Pool, env: Record<string, string>, gen: ListingGenerator, orgs: string[], workerPid: number) {
  const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const search = new Queue('search-index', { connection, prefix: `${env.REDIS_PREFIX}:bull` });
  const lists = new Queue('match-lists', { connection, prefix: `${env.REDIS_PREFIX}:bull` });
  const before = new Set(((await db.query(`SELECT id FROM outcomes WHERE status = 'pending'`)).rows as { id: string }[]).map((r) => r.id));
  await insertOutcomes(
    db,
    Array.from({ length: FRESH }, () => gen.outcome()),
    orgs,
  );
  const ids = ((await db.query(`SELECT id FROM outcomes WHERE status = 'pending'`)).rows as { id: string }[])
    .map((r) => r.id)
    .filter((id) => !before.has(id));
  const meiliBefore = await meiliRequests(env);
  const xactsBefore = await transactions(db);
  const cpuBefore = processCpuMs(workerPid);
  const approved = new Map<string, { at: number; jobId: string; indexJobId: string }>();
  const started = performance.now();
  for (const [i, id] of ids.entries()) {
    const wait = started + (i * 1000) / FRESH_RATE - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    await db.query(`UPDATE outcomes SET status = 'published', published_at = now(), confirmed_at = now() WHERE id = $1`, [id]);
    const { rows } = await db.query(
      `INSERT INTO listing_outbox (listing_kind, listing_id) VALUES ('outcome', $1) RETURNING id::text, sends`,
      [id],
    );
    const [job] = outboxJobs(rows as { id: string; sends: number }[]);
    approved.set(id, { at: Date.now(), jobId: `list-outcome-${id}-${(rows[0] as { id: string }).id}`, indexJobId: job.jobId });
    await search.add('listings.outbox.index', job.payload, { ...DEFAULT_JOB_OPTIONS, jobId: job.jobId });
  }
  const delays: number[] = [];
  const indexDelays: number[] = [];
  const deadline = Date.now() + 600_000;
  for (const { at, jobId, indexJobId } of approved.values()) {
    for (;;) {
      const job = await lists.getJob(jobId);
      if (job?.finishedOn) {
        delays.push(job.finishedOn - at);
        const indexed = await search.getJob(indexJobId);
        if (indexed?.finishedOn) indexDelays.push(indexed.finishedOn - at);
        break;
      }
      if (Date.now() > deadline) throw new Error(`match-list job ${jobId} did not finish`);
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  const cpuMs = processCpuMs(workerPid) - cpuBefore;
  const meiliAfter = await meiliRequests(env);
  // The bench's own two statements per approval (status, outbox row) are not the worker's.
  const workerTransactions = (await transactions(db)) - xactsBefore - 2 * ids.length;
  const per = (n: number) => Math.round((n / ids.length) * 10) / 10;
  await search.close();
  await lists.close();
  await connection.quit();
  const figures = (values: number[]) => {
    values.sort((a, b) => a - b);
    const at = (q: number) => values[Math.min(values.length - 1, Math.floor(q * values.length))] ?? 0;
    return { p50: at(0.5), p95: at(0.95), p99: at(0.99), max: values[values.length - 1] ?? 0 };
  };
  return {
    ours: {
      ...figures(delays),
      workerCpuMsPerApproval: Math.round(cpuMs / ids.length),
      meiliSearchesPerApproval: per(meiliAfter.searches - meiliBefore.searches),
      meiliWritesPerApproval: per(meiliAfter.writes - meiliBefore.writes),
      pgTransactionsPerApproval: per(workerTransactions),
    },
    indexed: figures(indexDelays),
  };
}

/** Removes the match-list jobs still waiting and waits for the running ones; returns how many were removed. */
async function dropListBacklog(env: Record<string, string>): Promise<number> {
  const connection = new Redis(env.REDIS_URL, { maxRetriesPerRequest: null });
  const lists = new Queue('match-lists', { connection, prefix: `${env.REDIS_PREFIX}:bull` });
  try {
    const waiting = await lists.getJobCountByTypes('waiting', 'delayed', 'prioritized');
    await lists.drain(true);
    while ((await lists.getActiveCount()) > 0) await new Promise((r) => setTimeout(r, 200));
    return waiting;
  } finally {
    await lists.close();
    await connection.quit();
  }
}

/**
 * Requests Meilisearch has answered so far, from its Prometheus counters (an experimental
 * feature, switched on here): searches (search and multi-search) and document writes.
 */
async function meiliRequests(env: Record<string, string>): Promise<{ searches: number; writes: number }> {
  const headers = { authorization: `Bearer ${env.MEILI_MASTER_KEY}`, 'content-type': 'application/json' };
  await fetch(`${env.MEILI_URL}/experimental-features`, { method: 'PATCH', headers, body: JSON.stringify({ metrics: true }) });
  const text = await (await fetch(`${env.MEILI_URL}/metrics`, { headers })).text();
  let searches = 0;
  let writes = 0;
  for (const m of text.matchAll(/^meilisearch_http_requests_total\{method="(\w+)",path="([^"]+)",status="\d+"\} (\d+)/gm)) {
    const [, method, path, count] = m;
    if (/\/search$|^\/multi-search$/.test(path)) searches += Number(count);
    else if (method !== 'GET' && /\/documents/.test(path)) writes += Number(count);
  }
  return { searches, writes };
}

/** Transactions committed in the bench's database so far. */
async function transactions(db: pg.Pool): Promise<number> {
  const { rows } = await db.query('SELECT xact_commit::bigint::text AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number((rows[0] as { n: string }).n);
}

async function outcomeDocuments(db: pg.Pool): Promise<object[]> {
  const { rows } = await db.query(
    `SELECT o.*, org.name AS org_name FROM outcomes o JOIN organizations org ON org.id = o.organization_id WHERE o.status = 'published'`,
  );
  return rows.map((r) =>
    toOutcomeDocument(
      {
        id: r.id,
        title: r.title,
        abstract: r.abstract,
        field: r.field,
        keywords: r.keywords,
        trl: r.trl,
        ipType: r.ip_type,
        transferModes: r.transfer_modes,
        askingPriceFen: r.asking_price_fen === null ? null : BigInt(r.asking_price_fen),
        organizationId: r.organization_id,
        publishedAt: r.published_at,
      } as unknown as Outcome,
      r.org_name,
    ),
  );
}

async function demandDocuments(db: pg.Pool): Promise<object[]> {
  const { rows } = await db.query(`SELECT d.*, org.name AS org_name FROM demands d JOIN organizations org ON org.id = d.organization_id`);
  return rows.map((r) =>
    toDemandDocument(
      {
        id: r.id,
        title: r.title,
        description: r.description,
        field: r.field,
        keywords: r.keywords,
        region: r.region,
        cooperationModes: r.cooperation_modes,
        budgetMaxFen: r.budget_max_fen === null ? null : BigInt(r.budget_max_fen),
        deadline: r.deadline,
        organizationId: r.organization_id,
        publishedAt: r.published_at,
      } as unknown as Demand,
      r.org_name,
    ),
  );
}

/** How Meilisearch grouped the document writes of an index: batches, documents per batch, time spent in them. */
async function batchSummary(client: Meilisearch, uid: string): Promise<{ batches: number; docsPerBatch: number; batchSeconds: number }> {
  const { results } = await client.batches.getBatches({ indexUids: [uid], types: ['documentAdditionOrUpdate'], limit: 10_000 });
  const docs = results.reduce((n, b) => n + Number((b.details as { indexedDocuments?: number }).indexedDocuments ?? 0), 0);
  const ms = results.reduce((n, b) => n + (b.finishedAt ? Date.parse(b.finishedAt) - Date.parse(b.startedAt) : 0), 0);
  return { batches: results.length, docsPerBatch: Math.round(docs / Math.max(1, results.length)), batchSeconds: seconds(ms) };
}

/** Documents straight into an index with the project's settings, in batches of 10,000. */
async function indexDirect(
  client: Meilisearch,
  uid: 'demands' | 'outcomes' | 'baseline_outcomes',
  docs: object[],
  existing = false,
): Promise<{ seconds: number }> {
  if (!existing || !(await client.getIndex(uid).catch(() => null))) {
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask({ timeout: 120_000 });
  }
  await client
    .index(uid)
    .updateSettings(INDEX_SETTINGS[uid === 'demands' ? 'demands' : 'outcomes'])
    .waitTask({ timeout: 120_000 });
  const started = performance.now();
  const tasks = [];
  for (let i = 0; i < docs.length; i += 10_000)
    tasks.push(await client.index(uid).addDocuments(docs.slice(i, i + 10_000) as Record<string, unknown>[]));
  for (const task of tasks) {
    const done = await client.tasks.waitForTask(task.taskUid, { timeout: 600_000, interval: 200 });
    if (done.status !== 'succeeded') throw new Error(`task ${done.uid} ${done.status}`);
  }
  return { seconds: seconds(performance.now() - started) };
}

/** With BENCH_CPU_PROF_DIR set, the api and the worker write a V8 CPU profile there when they exit. */
function start(script: string, env: Record<string, string>): ChildProcess {
  const profDir = process.env.BENCH_CPU_PROF_DIR;
  const flags = profDir
    ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profDir)}`, `--import=${pathToFileURL(join(DIST, 'bench/lib/cpu-prof-exit.js')).href}`]
    : [];
  return spawn(process.execPath, [...flags, join(DIST, script)], { env, stdio: ['ignore', 'ignore', 'inherit'] });
}

async function startBareProxy(meili: { url: string; masterKey: string }): Promise<{ child: ChildProcess; url: string }> {
  const port = await freePort();
  const child = spawn(process.execPath, [join(DIST, 'bench/lib/bare-proxy.js')], {
    env: { ...process.env, MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.once('message', () => resolve());
    child.once('exit', (code) => reject(new Error(`bare proxy exited with ${code}`)));
  });
  return { child, url: `http://127.0.0.1:${port}` };
}

async function waitHealthy(url: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not become healthy`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    for (const child of children) child.kill('SIGKILL');
    process.exit(1);
  },
);

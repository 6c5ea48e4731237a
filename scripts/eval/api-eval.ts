/**
 * match-dev through the public API, as the market sees it: a fresh database, Redis prefix and
 * index prefix; organizations register, listings are posted, the bureau approves them, the
 * worker indexes them; then `GET /demands/:id/matches` and `GET /outcomes/:id/matches` are
 * measured against the baseline (a plain Meilisearch search with the title) on the same index.
 */
import { randomBytes, randomInt } from 'node:crypto';
import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Redis } from 'ioredis';
import pg from 'pg';
import { creditCodeCheckChar } from '@app/accounts';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import { type DemandDocument, type OutcomeDocument, SearchService } from '@app/search';
import { createApi } from '../../apps/api/src/bootstrap.js';
import { WorkerModule } from '../../apps/worker/src/worker.module.js';
import type { Comparison } from './direct-eval.js';
import { fieldCode, type MatchDevSet, modeCode, trlOfStage } from './match-dev.js';
import { todayInChina } from '@app/common';
import { DEMO_DEMANDS } from '../../apps/cli/src/seed/demo-demands.js';
import { DEMO_OUTCOMES } from '../../apps/cli/src/seed/demo-outcomes.js';
import { type Grades, summarize } from './metrics.js';
import { latency, timed } from './timing.js';

type Meili = { url: string; masterKey: string };
const PASSWORD = 'Eval2026matching';
const CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

function creditCode(prefix: string): string {
  const first17 = `${prefix}331127${Array.from({ length: 9 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')}`;
  return first17 + creditCodeCheckChar(first17);
}

/** Whole yuan numbers of the data set as the API's decimal strings (they are integers there). */
function yuanString(yuan: number | null): string | undefined {
  if (yuan === null) return undefined;
  if (!Number.isSafeInteger(yuan) || yuan <= 0) throw new Error(`amount ${yuan} is not a whole number of yuan`);
  return `${yuan}.00`;
}

export class Client {
  constructor(private readonly base: string) {}

  async call<T>(method: string, path: string, body?: unknown, token?: string): Promise<T> {
    const res = await fetch(`${this.base}/api/v1${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = (await res.json()) as T;
    if (!res.ok) throw new Error(`${method} ${path} → ${res.status} ${JSON.stringify(json)}`);
    return json;
  }

  async register(type: 'enterprise' | 'institution', name: string): Promise<string> {
    const email = `eval.${randomBytes(6).toString('hex')}@example.cn`;
    const org = { name, type, creditCode: creditCode(type === 'enterprise' ? '91' : '12'), region: '331127' };
    const res = await this.call<{ accessToken: string }>('POST', '/auth/register', { email, password: PASSWORD, displayName: '评测', org });
    return res.accessToken;
  }
}

export interface Loaded {
  demandIds: Map<string, string>;
  outcomeIds: Map<string, string>;
}

export async function load(client: Client, set: MatchDevSet, bureau: string): Promise<Loaded> {
  const institutions = new Map<string, string>();
  for (const name of new Set(set.outcomes.map((o) => o.institution))) institutions.set(name, await client.register('institution', name));
  const outcomeIds = new Map<string, string>();
  for (const o of set.outcomes) {
    const body = {
      title: o.title,
      abstract: o.abstract,
      field: fieldCode(o.field),
      keywords: o.keywords,
      trl: trlOfStage(o.maturity),
      transferModes: o.transferModes.map(modeCode),
      askingPrice: yuanString(o.askingPrice),
    };
    const { id } = await client.call<{ id: string }>('POST', '/outcomes', body, institutions.get(o.institution));
    await client.call('POST', `/outcomes/${id}/approve`, {}, bureau);
    outcomeIds.set(o.key, id);
  }
  const demandIds = new Map<string, string>();
  for (const d of set.demands) {
    const token = await client.register('enterprise', `评测企业${d.key}`);
    const body = {
      title: d.title,
      description: d.description,
      field: fieldCode(d.field),
      keywords: d.keywords,
      budgetMax: yuanString(d.budgetMax),
      region: '331127',
      cooperationModes: d.cooperationModes.map(modeCode),
    };
    const { id } = await client.call<{ id: string }>('POST', '/demands', body, token);
    await client.call('POST', `/demands/${id}/approve`, {}, bureau);
    demandIds.set(d.key, id);
  }
  return { demandIds, outcomeIds };
}

/** Polls the public search until the worker has indexed every approved listing. */
export async function indexed(client: Client, demands: number, outcomes: number, timeoutMs = 120000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const d = await client.call<{ total: number }>('GET', '/demands?limit=1');
    const o = await client.call<{ total: number }>('GET', '/outcomes?limit=1');
    if (d.total === demands && o.total === outcomes) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('listings were not indexed in time');
}

async function measure(client: Client, search: SearchService, set: MatchDevSet, ids: Loaded) {
  const keyOf = (map: Map<string, string>) => new Map([...map].map(([k, v]) => [v, k]));
  const [outcomeKey, demandKey] = [keyOf(ids.outcomeIds), keyOf(ids.demandIds)];
  const forward: Comparison = await compareVia(
    set.demands.map((d) => ({
      grades: new Map(set.qrels.filter((q) => q.demand === d.key).map((q) => [q.outcome, q.grade])) as Grades,
      ours: async () =>
        (
          await client.call<{ items: { outcome: { id: string } }[] }>('GET', `/demands/${ids.demandIds.get(d.key)}/matches?limit=10`)
        ).items.map((i) => outcomeKey.get(i.outcome.id) ?? i.outcome.id),
      baseline: async () =>
        (await search.index<OutcomeDocument>('outcomes').search(d.title, { limit: 10 })).hits.map((h) => outcomeKey.get(h.id) ?? h.id),
    })),
  );
  const judged = set.outcomes.filter((o) => set.qrels.some((q) => q.outcome === o.key));
  const reverse: Comparison = await compareVia(
    judged.map((o) => ({
      grades: new Map(set.qrels.filter((q) => q.outcome === o.key).map((q) => [q.demand, q.grade])) as Grades,
      ours: async () =>
        (
          await client.call<{ items: { demand: { id: string } }[] }>('GET', `/outcomes/${ids.outcomeIds.get(o.key)}/matches?limit=10`)
        ).items.map((i) => demandKey.get(i.demand.id) ?? i.demand.id),
      baseline: async () =>
        (await search.index<DemandDocument>('demands').search(o.title, { limit: 10 })).hits.map((h) => demandKey.get(h.id) ?? h.id),
    })),
  );
  return { outcomesForDemand: forward, demandsForOutcome: reverse };
}

async function compareVia(
  cases: { grades: Grades; ours: () => Promise<string[]>; baseline: () => Promise<string[]> }[],
): Promise<Comparison> {
  const [oursMs, baselineMs]: number[][] = [[], []];
  const ours = [];
  const baseline = [];
  for (const c of cases) {
    ours.push({ ranked: await timed(oursMs, c.ours), grades: c.grades });
    baseline.push({ ranked: await timed(baselineMs, c.baseline), grades: c.grades });
  }
  return { ours: { ...summarize(ours), ...latency(oursMs) }, baseline: { ...summarize(baseline), ...latency(baselineMs) } };
}

/** A fresh market (database, Redis prefix, index prefix) with the api and a worker in this process. */
export interface Market {
  client: Client;
  bureau: string;
  search: SearchService;
  /** Waits until the worker has settled every published listing's stored match list. */
  settled: () => Promise<void>;
}

/**
 * The stored match lists are what the match pages answer from: measured once the worker has
 * computed every published listing's list and recomputed those a thin market left stale.
 */
async function listsSettled(databaseUrl: string, timeoutMs = 300000): Promise<void> {
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const { rows } = await db.query<{ done: number; published: number }>(
        `SELECT (SELECT count(*)::int FROM match_lists WHERE ready AND NOT stale) AS done,
                (SELECT count(*)::int FROM demands WHERE status = 'published') + (SELECT count(*)::int FROM outcomes WHERE status = 'published') AS published`,
      );
      if (rows[0].done >= rows[0].published) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error('stored match lists did not settle in time');
  } finally {
    await db.end();
  }
}

export async function withMarket<T>(meili: Meili, databaseUrl: string, redisUrl: string, run: (market: Market) => Promise<T>): Promise<T> {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const database = new URL(databaseUrl);
  database.pathname = `/techmarket_eval_${runId}`;
  const bureauEmail = `bureau.${runId}@example.cn`;
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: database.toString(),
    REDIS_URL: redisUrl,
    REDIS_PREFIX: `tmeval_${runId}`,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX_PREFIX: `eval_api_${runId}_`,
    JWT_SECRET: `eval-jwt-secret-${runId}-0123456789abcdef`,
    LOG_LEVEL: 'silent',
    AUTH_RATE_LIMIT: '100000',
    // Suites and benchmarks are not throttled; the rate-limit test sets its own low limits.
    RATE_LIMIT_ANON_PER_MIN: '10000000',
    RATE_LIMIT_USER_PER_MIN: '10000000',
    RATE_LIMIT_MATCHES_PER_MIN: '10000000',
    RATE_LIMIT_POSTS_PER_MIN: '10000000',
    BUREAU_ADMIN_EMAIL: bureauEmail,
    BUREAU_ADMIN_PASSWORD: PASSWORD,
  };
  await runMigrations(loadConfig(env), () => undefined);
  let app: INestApplication | undefined;
  let worker: INestApplicationContext | undefined;
  try {
    app = await createApi({ env });
    await app.listen(0, '127.0.0.1');
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(env), { logger: false });
    await worker.init();
    const client = new Client(await app.getUrl());
    const { accessToken: bureau } = await client.call<{ accessToken: string }>('POST', '/auth/login', {
      email: bureauEmail,
      password: PASSWORD,
    });
    return await run({ client, bureau, search: new SearchService(loadConfig(env)), settled: () => listsSettled(env.DATABASE_URL) });
  } finally {
    await worker?.close();
    await app?.close();
    await dropDatabase(env.DATABASE_URL);
    await deleteRedisKeys(redisUrl, env.REDIS_PREFIX);
  }
}

/** The demo market's listings (what `npm start` seeds), posted through the api like any other. */
export async function loadDemoListings(client: Client, bureau: string): Promise<{ demands: number; outcomes: number; ids: Set<string> }> {
  const ids = new Set<string>();
  const enterprise = await client.register('enterprise', '演示企业（评测）');
  const institution = await client.register('institution', '演示院所（评测）');
  for (const { owner: _owner, publishedDaysAgo: _ago, deadlineInDays, ...d } of DEMO_DEMANDS) {
    const deadline = deadlineInDays === undefined ? undefined : todayInChina(new Date(Date.now() + deadlineInDays * 86400000));
    const { id } = await client.call<{ id: string }>('POST', '/demands', { ...d, region: '331127', deadline }, enterprise);
    await client.call('POST', `/demands/${id}/approve`, {}, bureau);
    ids.add(id);
  }
  for (const { owner: _owner, publishedDaysAgo: _ago, ...o } of DEMO_OUTCOMES) {
    const { id } = await client.call<{ id: string }>('POST', '/outcomes', o, institution);
    await client.call('POST', `/outcomes/${id}/approve`, {}, bureau);
    ids.add(id);
  }
  return { demands: DEMO_DEMANDS.length, outcomes: DEMO_OUTCOMES.length, ids };
}

/** match-dev through the api in a fresh market, against the plain-search baseline. */
export async function evaluateThroughApi(set: MatchDevSet, meili: Meili, databaseUrl: string, redisUrl: string) {
  return withMarket(meili, databaseUrl, redisUrl, async ({ client, bureau, search, settled }) => {
    const ids = await load(client, set, bureau);
    await indexed(client, set.demands.length, set.outcomes.length);
    await settled();
    return measure(client, search, set, ids);
  });
}

async function deleteRedisKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
}

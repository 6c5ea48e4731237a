/**
 * The system under benchmark: a fresh database (migrated), a Redis prefix of its own, and the
 * built api and worker as child processes, exactly as production starts them. Torn down after.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import os from 'node:os';
import { Redis } from 'ioredis';
import pg from 'pg';
import { creditCodeCheckChar } from '@app/accounts';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import { freePort } from '@app/search';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface Party {
  token: string;
  orgId: string;
  creditCode: string;
}

export class BenchStack {
  readonly children: ChildProcess[] = [];
  db!: pg.Pool;

  private constructor(
    readonly env: Record<string, string>,
    readonly bureau: { email: string; password: string },
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.env.PORT}/api/v1`;
  }

  static async create(name: string, extra: Record<string, string> = {}): Promise<BenchStack> {
    const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    const database = new URL(process.env.BENCH_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
    database.pathname = `/techmarket_bench_${name}_${runId}`;
    const bureau = { email: `bureau.${runId}@bench.techmarket.cn`, password: `Bench${runId}pass` };
    const env: Record<string, string> = {
      ...(process.env as Record<string, string>),
      NODE_ENV: 'test',
      DATABASE_URL: database.toString(),
      DATABASE_POOL_SIZE: '20',
      REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
      REDIS_PREFIX: `bench_${name}_${runId}`,
      MEILI_URL: `http://127.0.0.1:${await freePort()}`,
      JWT_SECRET: `bench-jwt-secret-${runId}-0123456789abcdef`,
      PORT: String(await freePort()),
      LOG_LEVEL: 'error',
      AUTH_RATE_LIMIT: '100000',
      // Suites and benchmarks are not throttled; the rate-limit test sets its own low limits.
      RATE_LIMIT_ANON_PER_MIN: '10000000',
      RATE_LIMIT_USER_PER_MIN: '10000000',
      RATE_LIMIT_MATCHES_PER_MIN: '10000000',
      RATE_LIMIT_POSTS_PER_MIN: '10000000',
      BUREAU_ADMIN_EMAIL: bureau.email,
      BUREAU_ADMIN_PASSWORD: bureau.password,
      ...extra,
    };
    await runMigrations(loadConfig(env), () => undefined);
    const stack = new BenchStack(env, bureau);
    stack.db = new pg.Pool({ connectionString: env.DATABASE_URL, max: 16 });
    return stack;
  }

  async startApi(): Promise<void> {
    this.children.push(this.spawn('apps/api/src/main.js'));
    const deadline = Date.now() + 60_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`${this.base}/health`, { signal: AbortSignal.timeout(1000) }).then(
        () => true,
        () => false,
      );
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error(`the api did not answer at ${this.base}`);
  }

  /** With BENCH_CPU_PROF_DIR set, each worker writes a V8 CPU profile there when it exits (open it in Chrome DevTools). */
  startWorkers(count: number): void {
    const profDir = process.env.BENCH_CPU_PROF_DIR;
    const flags = profDir
      ? ['--cpu-prof', `--cpu-prof-dir=${resolve(profDir)}`, `--import=${pathToFileURL(join(DIST, 'bench/lib/cpu-prof-exit.js')).href}`]
      : [];
    for (let i = 0; i < count; i++) this.children.push(this.spawn('apps/worker/src/main.js', flags));
  }

  private spawn(script: string, nodeFlags: string[] = []): ChildProcess {
    const child = spawn(process.execPath, [...nodeFlags, join(DIST, script)], { env: this.env, stdio: ['ignore', 'ignore', 'inherit'] });
    child.once('exit', (code, signal) => {
      if (code !== 0 && signal === null) console.error(`${script} exited with ${code}`);
    });
    return child;
  }

  async register(type: 'enterprise' | 'institution'): Promise<Party> {
    const code = creditCode();
    const res = await fetch(`${this.base}/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        email: `${type}.${randomUUID().slice(0, 8)}@bench.techmarket.cn`,
        password: 'Bench2026market',
        displayName: '测试',
        org: { name: type === 'enterprise' ? '基准测试企业' : '基准测试院所', type, creditCode: code, region: '331127' },
      }),
    });
    const body = (await res.json()) as { accessToken: string; org: { id: string }; user: { id: string } };
    if (res.status !== 201) throw new Error(`register answered ${res.status}: ${JSON.stringify(body)}`);
    // As if the mailed verification link had been opened: unverified users may not declare deals.
    await this.db.query('UPDATE users SET email_verified_at = now() WHERE id = $1', [body.user.id]);
    return { token: body.accessToken, orgId: body.org.id, creditCode: code };
  }

  async bureauToken(): Promise<string> {
    const res = await fetch(`${this.base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(this.bureau),
    });
    if (res.status !== 200) throw new Error(`bureau login answered ${res.status}`);
    return ((await res.json()) as { accessToken: string }).accessToken;
  }

  async close(): Promise<void> {
    await this.db?.end();
    await Promise.all(
      this.children.map(
        (c) =>
          new Promise<void>((done) => {
            if (c.exitCode !== null || c.signalCode !== null) return done();
            c.once('exit', () => done());
            c.kill('SIGTERM');
          }),
      ),
    );
    await cleanRedis(this.env.REDIS_URL, this.env.REDIS_PREFIX);
    await dropDatabase(this.env.DATABASE_URL);
  }
}

/** A checksummed unified social credit code (GB 32100-2015) with a random serial. */
/** A random, valid unified social credit code (the checksum is the accounts lib's own). */
export function creditCode(): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const first = `91331127${Array.from({ length: 9 }, () => alphabet[randomInt(31)]).join('')}`;
  return first + creditCodeCheckChar(first);
}

export async function cleanRedis(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** Load average over the last minute, per core: how busy the machine was while a figure was taken. */
export function loadPerCore(): number {
  return Math.round((os.loadavg()[0] / os.cpus().length) * 100) / 100;
}

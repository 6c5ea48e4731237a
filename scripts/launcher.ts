/**
 * `npm start`: everything a newcomer needs on one machine. Checks PostgreSQL and Redis, starts
 * Meilisearch from the bundled binary (data in .data/), creates and migrates the database,
 * seeds demo data on an empty database (or rebuilds empty search indexes beside one that was
 * filled before), starts the api and the worker, prints the URLs, and
 * stops every child on Ctrl-C or when one of them dies.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { EnvValidationError, loadConfig, type AppConfig } from '@app/config';
import { runMigrations } from '@app/database';
import { startLocalMeili, waitForMeili, type LocalMeili } from '@app/search';
import { DEMO_BUREAU } from '../apps/cli/src/seed/demo-data.js';
import { startDevMailServer, type DevMailServer } from './dev-mail-server.js';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ROOT = resolve(DIST, '..');
const children: { name: string; proc: ChildProcess }[] = [];
let meili: LocalMeili | undefined;
let mailServer: DevMailServer | undefined;
let stopping = false;

const log = (line: string) => console.log(`[launcher] ${line}`);

class LaunchError extends Error {}

/** Development defaults; anything set in the environment wins. */
function launchEnv(): Record<string, string> {
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    BUREAU_ADMIN_EMAIL: DEMO_BUREAU.email,
    BUREAU_ADMIN_PASSWORD: DEMO_BUREAU.password,
    LOG_PRETTY: 'true',
  };
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined) env[k] = v;
  // `npm start -- --no-demo`: an empty market, for evaluations and real deployments.
  if (process.argv.includes('--no-demo')) env.SEED_DEMO = 'false';
  return env;
}

async function checkPostgres(config: AppConfig): Promise<void> {
  const url = new URL(config.database.url);
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString(), connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new LaunchError(
      `PostgreSQL is not reachable at DATABASE_URL=${redact(config.database.url)} (${(error as Error).message}).\n` +
        `  Start one (e.g. \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\`) or set DATABASE_URL.`,
    );
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(config: AppConfig): Promise<void> {
  const redis = new Redis(config.redis.url, {
    lazyConnect: true,
    connectTimeout: 3000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    const policy = (await redis.config('GET', 'maxmemory-policy').catch(() => [])) as string[];
    if (policy[1] && policy[1] !== 'noeviction') log(`warning: Redis maxmemory-policy is ${policy[1]}; BullMQ needs noeviction`);
  } catch (error) {
    throw new LaunchError(
      `Redis is not reachable at REDIS_URL=${redact(config.redis.url)} (${(error as Error).message}).\n` +
        `  Start one (e.g. \`redis-server --daemonize yes --bind 127.0.0.1 --port 6379\`) or set REDIS_URL.`,
    );
  } finally {
    redis.disconnect();
  }
}

/**
 * Starts the bundled Meilisearch (on MEILI_URL's port when it is free, else on any free one),
 * unless MEILI_URL is set and LAUNCHER_START_MEILI is not "true": then that server is used.
 */
async function ensureMeili(env: Record<string, string>, config: AppConfig): Promise<string> {
  if (process.env.MEILI_URL && process.env.LAUNCHER_START_MEILI !== 'true') {
    await waitForMeili(config.meili.url, 3000).catch(() => {
      throw new LaunchError(`Meilisearch is not reachable at MEILI_URL=${config.meili.url}; unset MEILI_URL to use the bundled one.`);
    });
    return config.meili.url;
  }
  const port = Number(new URL(config.meili.url).port || 7700);
  const taken = await isPortTaken(port);
  meili = await startLocalMeili({
    dataDir: join(resolve(ROOT, config.dataDir), 'meili'),
    masterKey: config.meili.masterKey,
    port: taken ? undefined : port,
    stdio: 'inherit',
  });
  meili.process.once('exit', (code, signal) => void onChildExit('meilisearch', code, signal));
  env.MEILI_URL = meili.url;
  log(`Meilisearch ${meili.url} (data in ${join(config.dataDir, 'meili')})`);
  return meili.url;
}

/**
 * Without SMTP_URL, a local SMTP server catches every mail the market sends (on port 1025 when
 * it is free) and writes it to DATA_DIR/mail/*.eml; each mail is announced here.
 */
async function ensureMail(env: Record<string, string>, config: AppConfig): Promise<string> {
  if (process.env.SMTP_URL) return `SMTP ${redact(process.env.SMTP_URL)}`;
  const dir = join(resolve(ROOT, config.dataDir), 'mail');
  mailServer = await startDevMailServer({
    dir,
    port: (await isPortTaken(1025)) ? 0 : 1025,
    onMail: (mail) => log(`mail to ${mail.to.join(', ')} caught: ${mail.file}`),
  });
  env.SMTP_URL = mailServer.url;
  log(`mail catcher ${mailServer.url} (mail in ${join(config.dataDir, 'mail')})`);
  return `${join(config.dataDir, 'mail')}/*.eml (caught by the local SMTP server ${mailServer.url})`;
}

function isPortTaken(port: number): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const server = createServer();
    server.once('error', () => resolvePromise(true));
    server.listen(port, '127.0.0.1', () => server.close(() => resolvePromise(false)));
  });
}

function startChild(name: string, script: string, env: Record<string, string>): ChildProcess {
  const proc = spawn(process.execPath, ['--enable-source-maps', join(DIST, script)], { env, stdio: 'inherit' });
  children.push({ name, proc });
  proc.once('exit', (code, signal) => void onChildExit(name, code, signal));
  return proc;
}

function runToCompletion(script: string, args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const proc = spawn(process.execPath, [join(DIST, script), ...args], { env, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    proc.once('exit', (code) =>
      code === 0 ? resolvePromise(out) : reject(new LaunchError(`${script} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

/** A CLI command run to completion; the JSON it prints on its last line. */
async function cliJson<T>(args: string[], env: Record<string, string>): Promise<T> {
  const out = await runToCompletion('apps/cli/src/main.js', args, env);
  return JSON.parse(out.trim().split('\n').pop() ?? '{}') as T;
}

async function waitForApi(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && !stopping) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new LaunchError(`the api did not become healthy at ${url} within ${timeoutMs / 1000} s`);
}

async function onChildExit(name: string, code: number | null, signal: NodeJS.Signals | null): Promise<void> {
  if (stopping) return;
  log(`${name} exited (${signal ?? `code ${code}`}); stopping everything`);
  await shutdown(1);
}

async function shutdown(exitCode: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    const alive = children.filter((c) => c.proc.exitCode === null && c.proc.signalCode === null);
    await Promise.all(
      alive.map(
        (c) =>
          new Promise<void>((done) => {
            const timer = setTimeout(() => c.proc.kill('SIGKILL'), 10000);
            c.proc.once('exit', () => {
              clearTimeout(timer);
              done();
            });
            c.proc.kill('SIGTERM');
          }),
      ),
    );
    await meili?.stop();
    await mailServer?.close();
  }
  process.exit(exitCode);
}

function redact(url: string): string {
  const u = new URL(url);
  if (u.password) u.password = '***';
  return u.toString();
}

async function main(): Promise<void> {
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => {
      log(`${signal}: stopping`);
      void shutdown(0);
    });
  }
  if (!existsSync(join(DIST, 'apps/api/src/main.js'))) throw new LaunchError('build output missing: run `npm run build` first');
  const env = launchEnv();
  const config = loadConfig(env);
  await checkPostgres(config);
  await checkRedis(config);
  await ensureMeili(env, config);
  const mailAt = await ensureMail(env, config);
  await runMigrations(loadConfig(env), log);
  type Seeded = {
    seeded: boolean;
    users: { email: string; password: string; organization: string; type: string }[];
    listings?: { demands: number; outcomes: number };
  };
  const seed: Seeded = config.seedDemo ? await cliJson<Seeded>(['seed'], env) : { seeded: false, users: [] };
  if (!config.seedDemo) log('SEED_DEMO=false: no demo data, an empty market');
  // A database seeded or restored before, beside a new Meilisearch data folder (a fresh clone,
  // a deleted .data/): the outbox has nothing pending to index, so rebuild what is missing
  // before the worker starts.
  if (!seed.seeded) {
    const ensured = await cliJson<{ reindexed?: boolean; empty?: string[] }>(['index:ensure'], env);
    if (ensured.reindexed) log(`search indexes rebuilt from PostgreSQL (${ensured.empty?.join(' and ')} had been empty)`);
  }
  startChild('worker', 'apps/worker/src/main.js', env);
  startChild('api', 'apps/api/src/main.js', env);
  const base = `http://${config.http.host === '0.0.0.0' ? '127.0.0.1' : config.http.host}:${config.http.port}`;
  await waitForApi(`${base}/api/v1/health`, 60000);
  const lines = [
    '',
    'techmarket is running',
    `  Web          ${base}/`,
    `  API          ${base}/api/v1`,
    `  API docs     ${base}/api/docs`,
    `  Health       ${base}/api/v1/health`,
    `  Meilisearch  ${env.MEILI_URL}`,
    `  Mail         ${mailAt}`,
    '',
    `  Bureau user  ${config.bureau.adminEmail ?? '(none: set BUREAU_ADMIN_EMAIL)'}  password: ${env.BUREAU_ADMIN_PASSWORD === DEMO_BUREAU.password ? DEMO_BUREAU.password : '(from BUREAU_ADMIN_PASSWORD)'}`,
    ...(seed.seeded
      ? [
          '  Demo users (seeded now):',
          ...seed.users.map((u) => `    ${u.email}  ${u.password}  ${u.organization} (${u.type})`),
          ...(seed.listings
            ? [`  Demo listings: ${seed.listings.demands} demands, ${seed.listings.outcomes} outcomes (the worker indexes them now)`]
            : []),
        ]
      : []),
    '',
    'Press Ctrl-C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}

main().catch(async (error: unknown) => {
  const message =
    error instanceof LaunchError || error instanceof EnvValidationError ? error.message : String((error as Error)?.stack ?? error);
  console.error(`[launcher] ${message}`);
  await shutdown(1);
});

/**
 * `npm run drill:restore`: the backup and restore drill, on a small market of its own (its own
 * database, Redis prefix and Meilisearch, removed afterwards; nothing else is touched):
 *   1. a market: the demo data (`cli seed`), then a file of contracts imported from the command
 *      line (`cli deals:import`) and recorded by a worker;
 *   2. `pg_dump` of the database; the database dropped and the search indexes deleted;
 *   3. `pg_restore` into a new, empty database; the index rebuilt from PostgreSQL (`cli reindex`);
 *   4. `cli ledger:check` and `cli index:check`, and every table compared with its state before
 *      the dump (row count and a digest of all rows).
 * Clean (exit 0) means nothing was lost. Prints a JSON report on stdout. docs/operations.md
 * describes the same steps for production. Environment: DRILL_DATABASE_URL (a server to use,
 * default postgresql://postgres@127.0.0.1:5432/postgres), DRILL_CONTRACTS (default 300).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import { freePort, startLocalMeili } from '@app/search';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CONTRACTS = Number(process.env.DRILL_CONTRACTS ?? 300);
const log = (line: string) => console.error(`[drill:restore] ${line}`);
/** The steps below; the drill is clean when every one of them ran and passed. */
const STEPS = 8;

interface Step {
  step: string;
  ok: boolean;
  seconds: number;
  detail?: string;
}

async function main(): Promise<number> {
  const runId = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
  const work = mkdtempSync(join(tmpdir(), 'techmarket-drill-'));
  const meili = await startLocalMeili({ dataDir: join(work, 'meili'), masterKey: `drill-master-key-${runId}`, maxIndexingThreads: 1 });
  const database = new URL(process.env.DRILL_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  database.pathname = `/techmarket_drill_${runId}`;
  const bureau = { email: `bureau.${runId}@drill.techmarket.cn`, password: `Drill${runId}pass` };
  const env: Record<string, string> = {
    ...(process.env as Record<string, string>),
    NODE_ENV: 'test',
    DATABASE_URL: database.toString(),
    REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `drill_${runId}`,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: meili.masterKey,
    MEILI_INDEX_PREFIX: `drill${runId}_`,
    JWT_SECRET: `drill-jwt-secret-${runId}-0123456789abcdef`,
    LOG_LEVEL: 'warn',
    PORT: String(await freePort()),
  };
  const steps: Step[] = [];
  let worker: ChildProcess | undefined;
  const step = async (name: string, work: () => Promise<string | void>) => {
    const started = performance.now();
    log(name);
    try {
      const detail = (await work()) ?? undefined;
      steps.push({ step: name, ok: true, seconds: seconds(started), detail });
    } catch (error) {
      steps.push({ step: name, ok: false, seconds: seconds(started), detail: (error as Error).message });
      throw error;
    }
  };
  const dump = join(work, 'techmarket.dump');
  let before: Record<string, string> = {};
  let after: Record<string, string> = {};
  try {
    await step('a small market: migrations, demo data, contracts imported from the command line and recorded', async () => {
      await runMigrations(loadConfig(env), () => undefined);
      cli(env, ['seed']);
      cli({ ...env, CLI_PASSWORD: bureau.password }, ['bureau:create', '--email', bureau.email]);
      worker = spawn(process.execPath, [join(DIST, 'apps/worker/src/main.js')], { env, stdio: ['ignore', 'ignore', 'inherit'] });
      const file = join(work, 'contracts.csv');
      writeFileSync(file, await contractsFile(env.DATABASE_URL, CONTRACTS));
      const report = JSON.parse(cli({ ...env, CLI_PASSWORD: bureau.password }, ['deals:import', file, '--email', bureau.email])) as {
        accepted: number;
      };
      if (report.accepted !== CONTRACTS) throw new Error(`the import accepted ${report.accepted} of ${CONTRACTS} contracts`);
      return `${CONTRACTS} contracts imported and recorded`;
    });
    await step('pg_dump (custom format)', async () => {
      worker?.kill('SIGTERM');
      await new Promise((r) => worker?.once('exit', r));
      before = await fingerprint(env.DATABASE_URL);
      run('pg_dump', ['--format=custom', '--no-owner', `--file=${dump}`, `--dbname=${env.DATABASE_URL}`]);
      return `${Object.keys(before).length} tables`;
    });
    await step('lose everything: drop the database, delete the search indexes', async () => {
      await dropDatabase(env.DATABASE_URL);
      for (const index of ['demands', 'outcomes']) {
        await fetch(`${meili.url}/indexes/${env.MEILI_INDEX_PREFIX}${index}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${meili.masterKey}` },
        });
      }
    });
    await step('pg_restore into a new database', async () => {
      const admin = new URL(env.DATABASE_URL);
      admin.pathname = '/postgres';
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      await client.query(`CREATE DATABASE "${database.pathname.slice(1)}"`);
      await client.end();
      run('pg_restore', ['--no-owner', '--exit-on-error', `--dbname=${env.DATABASE_URL}`, dump]);
    });
    await step('rebuild the search index from PostgreSQL (cli reindex)', async () => cli(env, ['reindex']).trim());
    await step('cli ledger:check', async () => cli(env, ['ledger:check']).trim());
    await step('cli index:check', async () => cli(env, ['index:check']).trim().split('\n')[0]);
    await step('every table as before the dump (row counts and row digests)', async () => {
      after = await fingerprint(env.DATABASE_URL);
      const differ = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((t) => before[t] !== after[t]);
      if (differ.length > 0) throw new Error(`tables differ after the restore: ${differ.join(', ')}`);
      return Object.entries(after)
        .map(([t, f]) => `${t} ${f.split(':')[0]}`)
        .join(', ');
    });
  } catch (error) {
    log(`failed: ${(error as Error).message}`);
  } finally {
    worker?.kill('SIGKILL');
    await meili.stop();
    await dropDatabase(env.DATABASE_URL).catch(() => undefined);
    await cleanRedis(env.REDIS_URL, env.REDIS_PREFIX);
    rmSync(work, { recursive: true, force: true });
  }
  const clean = steps.length === STEPS && steps.every((s) => s.ok);
  console.log(JSON.stringify({ clean, steps }, null, 2));
  log(clean ? 'clean: nothing was lost' : 'NOT clean');
  return clean ? 0 : 1;
}

const seconds = (started: number) => Math.round(performance.now() - started) / 1000;

/** A CLI command as an operator runs it; its stdout, or an error with its stderr. */
function cli(env: Record<string, string>, args: string[]): string {
  const result = spawnSync(process.execPath, [join(DIST, 'apps/cli/src/main.js'), ...args], { env, encoding: 'utf8', maxBuffer: 64 << 20 });
  if (result.stderr) process.stderr.write(result.stderr);
  if (result.status !== 0) throw new Error(`cli ${args[0]} exited with ${result.status}`);
  return result.stdout;
}

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { encoding: 'utf8' });
  if (result.error) throw new Error(`${command}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${command} exited with ${result.status}: ${result.stderr}`);
}

/** Row count and an MD5 of every row (in a stable order) per table of the public schema. */
async function fingerprint(url: string): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows: tables } = await client.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
    );
    const out: Record<string, string> = {};
    for (const { name } of tables) {
      const { rows } = await client.query<{ n: number; digest: string | null }>(
        `SELECT count(*)::int AS n, md5(string_agg(t::text, E'\\n' ORDER BY t::text)) AS digest FROM "${name}" t`,
      );
      out[name] = `${rows[0].n}:${rows[0].digest ?? ''}`;
    }
    return out;
  } finally {
    await client.end();
  }
}

/** A bureau's spreadsheet of registered contracts between the demo organizations (by credit code). */
async function contractsFile(url: string, count: number): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ credit_code: string; type: string }>(
    `SELECT credit_code, type FROM organizations WHERE type IN ('enterprise', 'institution') ORDER BY credit_code`,
  );
  await client.end();
  const buyers = rows.filter((r) => r.type === 'enterprise').map((r) => r.credit_code);
  const sellers = rows.filter((r) => r.type === 'institution').map((r) => r.credit_code);
  if (buyers.length === 0 || sellers.length === 0) throw new Error('the demo data has no enterprise or no institution');
  const types = ['development', 'transfer', 'license', 'consulting', 'service'];
  const year = new Date().getFullYear() - 1;
  const lines = ['\uFEFF买方,卖方,合同类型,技术领域,成交额(元),签订日期,技术合同登记号'];
  for (let i = 0; i < count; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const day = String((i % 28) + 1).padStart(2, '0');
    lines.push(
      [
        buyers[i % buyers.length],
        sellers[(i * 7) % sellers.length],
        types[i % types.length],
        'modern_agriculture',
        `${10000 + i * 137}.${String(i % 100).padStart(2, '0')}`,
        `${year}-${month}-${day}`,
        `${year}331127${String(i).padStart(8, '0')}`,
      ].join(','),
    );
  }
  return `${lines.join('\r\n')}\r\n`;
}

async function cleanRedis(url: string, prefix: string): Promise<void> {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

// One set of real services per test run: a fresh PostgreSQL database (migrated), a Redis key
// prefix, and a Meilisearch started from the bundled binary on a free port with its own data
// folder and index prefix. Test workers inherit the environment set here. Jest loads this
// file untransformed, so it uses the build output (`npm test` builds first).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../dist/libs/config/src/index.js';
import { startLocalMeili } from '../dist/libs/search/src/index.js';
import { runMigrations } from '../dist/libs/database/src/index.js';
import { startDevMailServer } from '../dist/scripts/dev-mail-server.js';
import { STATE_FILE } from './run-state.js';

export default async function globalSetup() {
  const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'techmarket-test-meili-'));
  const masterKey = `test-master-key-${runId}`;
  const meili = await startLocalMeili({ dataDir, masterKey, maxIndexingThreads: 2 });
  meili.process.unref();
  // A real SMTP server in this (the jest parent) process for the whole run; suites read the
  // mail it caught from MAIL_CATCH_DIR (test/helpers/mail.ts).
  const mailDir = mkdtempSync(join(tmpdir(), 'techmarket-test-mail-'));
  const mail = await startDevMailServer({ dir: mailDir });
  globalThis.__techmarketMail = mail;
  const database = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  database.pathname = `/techmarket_test_${runId}`;
  const env = {
    NODE_ENV: 'test',
    DATABASE_URL: database.toString(),
    DATABASE_POOL_SIZE: '5',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    REDIS_PREFIX: `tmtest_${runId}`,
    MEILI_URL: meili.url,
    MEILI_MASTER_KEY: masterKey,
    MEILI_INDEX_PREFIX: `t${runId}_`,
    JWT_SECRET: `test-jwt-secret-${runId}-0123456789abcdef`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    AUTH_RATE_LIMIT: '100000',
    // Suites and benchmarks are not throttled; the rate-limit test sets its own low limits.
    RATE_LIMIT_ANON_PER_MIN: '10000000',
    RATE_LIMIT_USER_PER_MIN: '10000000',
    RATE_LIMIT_MATCHES_PER_MIN: '10000000',
    RATE_LIMIT_POSTS_PER_MIN: '10000000',
    METRICS_TOKEN: `test-metrics-token-${runId}`,
    SMTP_URL: mail.url,
    MAIL_CATCH_DIR: mailDir,
  };
  Object.assign(process.env, env);
  await runMigrations(loadConfig(env), () => undefined);
  writeFileSync(STATE_FILE, JSON.stringify({ runId, env, meiliPid: meili.process.pid, meiliDataDir: dataDir, mailDir }));
}

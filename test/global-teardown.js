// Removes what the global setup made: the database, the Redis keys, Meilisearch and its data.
import { readFileSync, rmSync } from 'node:fs';
import { Redis } from 'ioredis';
import { dropDatabase } from '../dist/libs/database/src/index.js';
import { STATE_FILE } from './run-state.js';

export default async function globalTeardown() {
  const state = JSON.parse(readFileSync(STATE_FILE, 'utf8'));
  try {
    process.kill(state.meiliPid, 'SIGTERM');
  } catch {
    // already gone
  }
  if (!process.env.TEST_KEEP_DATABASE) await dropDatabase(state.env.DATABASE_URL);
  const redis = new Redis(state.env.REDIS_URL);
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${state.env.REDIS_PREFIX}*`, 'COUNT', 1000);
    if (keys.length) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
  await redis.quit();
  await globalThis.__techmarketMail?.close();
  rmSync(state.meiliDataDir, { recursive: true, force: true });
  if (state.mailDir) rmSync(state.mailDir, { recursive: true, force: true });
  rmSync(STATE_FILE, { force: true });
}

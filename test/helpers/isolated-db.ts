import { randomBytes } from 'node:crypto';
import { loadConfig } from '@app/config';
import { dropDatabase, runMigrations } from '@app/database';
import type { DataSource } from 'typeorm';

/**
 * A migrated database of a suite's own (for tests that compare whole-database row counts),
 * with its own Redis prefix and index prefix so that no other suite's worker takes its jobs.
 */
export async function createIsolatedDatabase(
  tag: string,
): Promise<{ url: string; env: Record<string, string>; drop: () => Promise<void> }> {
  const suffix = `${tag}_${randomBytes(3).toString('hex')}`;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_${suffix}`;
  await runMigrations(loadConfig({ DATABASE_URL: url.toString() }), () => undefined);
  const env = {
    DATABASE_URL: url.toString(),
    REDIS_PREFIX: `${process.env.REDIS_PREFIX}_${suffix}`,
    MEILI_INDEX_PREFIX: `${process.env.MEILI_INDEX_PREFIX}${suffix}_`,
  };
  return { url: url.toString(), env, drop: () => dropDatabase(url.toString()) };
}

/**
 * What the worker keeps writing in the background after listings are published — the stored
 * match lists, and the organizations' match alerts that their settling raises — and no request
 * writes: a check that a refused request wrote nothing leaves them out.
 */
export const WORKER_KEPT = { except: ['match_lists', 'match_list_entries', 'org_notifications'] };

/** Row counts of every table the entities map (migrations bookkeeping aside). */

export async function rowCounts(db: DataSource, options: { except?: string[] } = {}): Promise<Record<string, number>> {
  const tables = db.entityMetadatas
    .map((m) => m.tableName)
    .filter((t) => !options.except?.includes(t))
    .sort();
  const sql = tables.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  const rows: { t: string; n: number }[] = await db.query(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

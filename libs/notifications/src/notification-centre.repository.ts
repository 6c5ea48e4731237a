import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import type { FeedReader, FeedRow } from './notification-centre.js';

// Both stores in one list. The deals lib writes `notifications`; the centre only reads it and
// sets `read_at`. An alert's year is the year (in China) it was written, a deal notice's its deal's.
const ALERTS = `SELECT id, 'alert' AS source, type AS kind, title, NULL::text AS message, payload, NULL::uuid AS deal_id,
    EXTRACT(YEAR FROM created_at AT TIME ZONE 'Asia/Shanghai')::int AS year, NULL::int AS milestone,
    NULL::bigint AS total_fen, NULL::bigint AS target_fen, read_at, created_at
  FROM org_notifications WHERE recipient_org_id = $1`;
const DEALS = (where: string) => `SELECT id, 'deal' AS source, kind, title, message, NULL::jsonb AS payload, deal_id,
    year::int AS year, milestone::int AS milestone, total_fen, target_fen, read_at, created_at
  FROM notifications WHERE ${where}`;

/**
 * The reader's feed as a subquery and its parameters: a member's organization is `$1`; the
 * bureau's notices are those without a recipient organization and take no parameter.
 */
function feedOf(reader: FeedReader): { sql: string; params: unknown[] } {
  if (reader.bureau) return { sql: DEALS('org_id IS NULL'), params: [] };
  return { sql: `${ALERTS} UNION ALL ${DEALS('org_id = $1')}`, params: [reader.organizationId] };
}

@Injectable()
export class NotificationCentreRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async listPage(reader: FeedReader, filter: { year?: number }, page: number, limit: number): Promise<{ rows: FeedRow[]; total: number }> {
    const { sql, params } = feedOf(reader);
    const n = params.length;
    const rows: (FeedRow & { total: string })[] = await this.dataSource.query(
      `SELECT f.*, count(*) OVER () AS total FROM (${sql}) f
        WHERE ($${n + 1}::int IS NULL OR f.year = $${n + 1})
        ORDER BY f.created_at DESC, f.id LIMIT $${n + 2} OFFSET $${n + 3}`,
      [...params, filter.year ?? null, limit, (page - 1) * limit],
    );
    const total = rows.length > 0 ? Number(rows[0].total) : await this.count(reader, filter, false);
    return { rows, total };
  }

  async count(reader: FeedReader, filter: { year?: number }, unreadOnly: boolean): Promise<number> {
    const { sql, params } = feedOf(reader);
    const n = params.length;
    const [row]: { n: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM (${sql}) f
        WHERE ($${n + 1}::int IS NULL OR f.year = $${n + 1}) AND (NOT $${n + 2}::boolean OR f.read_at IS NULL)`,
      [...params, filter.year ?? null, unreadOnly],
    );
    return row.n;
  }

  async findOne(reader: FeedReader, id: string): Promise<FeedRow | undefined> {
    const { sql, params } = feedOf(reader);
    const rows: FeedRow[] = await this.dataSource.query(`SELECT f.* FROM (${sql}) f WHERE f.id = $${params.length + 1}`, [...params, id]);
    return rows[0];
  }

  /** Marks the reader's notification read (kept when already read); false when it is not the reader's. */
  markRead(reader: FeedReader, id: string): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      if (reader.bureau) return this.touch(manager, 'notifications', 'org_id IS NULL', [id]);
      const params = [id, reader.organizationId];
      return (
        (await this.touch(manager, 'org_notifications', 'recipient_org_id = $2', params)) ||
        this.touch(manager, 'notifications', 'org_id = $2', params)
      );
    });
  }

  private async touch(
    manager: EntityManager,
    table: 'org_notifications' | 'notifications',
    where: string,
    params: unknown[],
  ): Promise<boolean> {
    // An UPDATE answers [rows, rowCount] through TypeORM's postgres driver.
    const [, affected] = (await manager.query(
      `UPDATE ${table} SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND ${where}`,
      params,
    )) as [unknown[], number];
    return affected > 0;
  }
}

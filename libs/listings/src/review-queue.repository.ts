import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ListingKind, ListingStatus } from './listing-kinds.js';

export interface ReviewQueueRow {
  kind: ListingKind;
  id: string;
  title: string;
  field: string;
  status: ListingStatus;
  organizationId: string;
  organizationName: string;
  updatedAt: Date;
}

/** The bureau's review queue across both listing tables, oldest submission first. */
@Injectable()
export class ReviewQueueRepository {
  constructor(private readonly dataSource: DataSource) {}

  async page(kind: ListingKind | undefined, status: ListingStatus, page: number, limit: number): Promise<[ReviewQueueRow[], number]> {
    const parts: string[] = [];
    if (kind !== 'outcome') parts.push(this.select('demand', 'demands'));
    if (kind !== 'demand') parts.push(this.select('outcome', 'outcomes'));
    const union = parts.join(' UNION ALL ');
    const rows = await this.dataSource.query(`SELECT * FROM (${union}) q ORDER BY q.updated_at ASC, q.id ASC LIMIT $2 OFFSET $3`, [
      status,
      limit,
      (page - 1) * limit,
    ]);
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total FROM (${union}) q`, [status]);
    return [rows.map(toRow), total];
  }

  /** Table names come from code, never from input; the status is parameter $1. */
  private select(kind: ListingKind, table: 'demands' | 'outcomes'): string {
    return `SELECT '${kind}' AS kind, l.id, l.title, l.field, l.status, l.organization_id, o.name AS organization_name, l.updated_at
      FROM ${table} l JOIN organizations o ON o.id = l.organization_id WHERE l.status = $1`;
  }
}

const toRow = (r: Record<string, unknown>): ReviewQueueRow => ({
  kind: r.kind as ListingKind,
  id: r.id as string,
  title: r.title as string,
  field: r.field as string,
  status: r.status as ListingStatus,
  organizationId: r.organization_id as string,
  organizationName: r.organization_name as string,
  updatedAt: new Date(r.updated_at as string),
});

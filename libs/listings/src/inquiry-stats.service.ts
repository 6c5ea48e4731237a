// Figures over inquiries: how quickly an organization answers those addressed to its listings,
// and why owners decline them, by the listing's field.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Field } from '@app/common';
import type { InquiryDeclineReason } from './inquiry.entity.js';

/** Inquiries of the last this many days count towards an organization's responsiveness. */
export const RESPONSIVENESS_DAYS = 90;
/** Fewer inquiries than this say nothing about an organization: no figure is shown or weighed. */
export const RESPONSIVENESS_MIN_INQUIRIES = 3;
/** Figures are recomputed at most this often per organization and process. */
export const RESPONSIVENESS_CACHE_MS = 60_000;

export interface Responsiveness {
  organizationId: string;
  /** Inquiries addressed to its listings in the last RESPONSIVENESS_DAYS days. */
  inquiries: number;
  /** Of those, answered: a message by the owner's side, or a decline. */
  replied: number;
  rate: number;
  /** Median hours from an inquiry to its first answer, among the answered; null when none was. */
  medianHours: number | null;
}

/** "通常 2 天内回复": the median time to the first answer, in whole days (a day at least). */
export function responsivenessLabel(r: Pick<Responsiveness, 'replied' | 'medianHours'>): string {
  if (r.replied === 0 || r.medianHours === null) return '近 90 天暂未回复对接';
  if (r.medianHours < 1) return '通常 1 小时内回复';
  if (r.medianHours <= 24) return '通常 1 天内回复';
  return `通常 ${Math.ceil(r.medianHours / 24)} 天内回复`;
}

export interface DeclineCount {
  field: Field;
  reason: InquiryDeclineReason;
  count: number;
}

@Injectable()
export class InquiryStats {
  private readonly cache = new Map<string, { at: number; value: Responsiveness }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Each organization's responsiveness (only those with RESPONSIVENESS_MIN_INQUIRIES or more
   * inquiries are in the map), from one grouped query over the organizations not cached.
   */
  async responsiveness(organizationIds: string[]): Promise<Map<string, Responsiveness>> {
    const now = Date.now();
    const ids = [...new Set(organizationIds)];
    const missing = ids.filter((id) => (this.cache.get(id)?.at ?? 0) <= now - RESPONSIVENESS_CACHE_MS);
    if (missing.length > 0) {
      const rows: { org_id: string; inquiries: number; replied: number; median_hours: number | null }[] = await this.dataSource.query(
        `SELECT i.owner_organization_id AS org_id, count(*)::int AS inquiries, count(r.first_at)::int AS replied,
                percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM r.first_at - i.created_at) / 3600) AS median_hours
           FROM inquiries i
           CROSS JOIN LATERAL (
             SELECT LEAST(
               (SELECT min(m.created_at) FROM inquiry_messages m WHERE m.inquiry_id = i.id AND m.organization_id = i.owner_organization_id),
               CASE WHEN i.status = 'declined' THEN i.closed_at END) AS first_at
           ) r
          WHERE i.owner_organization_id = ANY($1::uuid[]) AND i.created_at > now() - make_interval(days => $2)
          GROUP BY i.owner_organization_id`,
        [missing, RESPONSIVENESS_DAYS],
      );
      const found = new Map(rows.map((r) => [r.org_id, r]));
      for (const id of missing) {
        const r = found.get(id);
        const inquiries = r?.inquiries ?? 0;
        const replied = r?.replied ?? 0;
        const medianHours = r?.median_hours === null || r?.median_hours === undefined ? null : Math.round(Number(r.median_hours) * 10) / 10;
        this.cache.set(id, {
          at: now,
          value: { organizationId: id, inquiries, replied, rate: inquiries ? replied / inquiries : 0, medianHours },
        });
      }
    }
    const out = new Map<string, Responsiveness>();
    for (const id of ids) {
      const value = this.cache.get(id)!.value;
      if (value.inquiries >= RESPONSIVENESS_MIN_INQUIRIES) out.set(id, value);
    }
    return out;
  }

  /** Declined inquiries of a year (China's calendar, by the day of the decline) by the listing's field and the reason. */
  async declinesByField(year: number): Promise<DeclineCount[]> {
    const rows: { field: Field; reason: InquiryDeclineReason; n: number }[] = await this.dataSource.query(
      `SELECT COALESCE(d.field, o.field) AS field, i.decline_reason AS reason, count(*)::int AS n
         FROM inquiries i
         LEFT JOIN demands d ON i.listing_kind = 'demand' AND d.id = i.listing_id
         LEFT JOIN outcomes o ON i.listing_kind = 'outcome' AND o.id = i.listing_id
        WHERE i.status = 'declined' AND i.decline_reason IS NOT NULL
          AND i.closed_at >= make_timestamptz($1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
          AND i.closed_at < make_timestamptz($1 + 1, 1, 1, 0, 0, 0, 'Asia/Shanghai')
        GROUP BY 1, 2`,
      [year],
    );
    return rows.filter((r) => r.field !== null).map((r) => ({ field: r.field, reason: r.reason, count: r.n }));
  }
}

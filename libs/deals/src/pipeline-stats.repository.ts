import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface StageRow {
  stage: string;
  dealCount: number;
  amountFen: string;
}

export interface StepRow {
  step: string;
  dealCount: number;
  medianDays: number | null;
}

export interface LargeContractRow {
  id: string;
  title: string | null;
  status: string;
  buyerName: string;
  sellerName: string;
  amountFen: string;
  signedAt: string;
  registrationNo: string | null;
}

/**
 * The steps whose durations the pipeline reports, from the first time a deal entered each
 * stage (deal_events): the other party's confirmation, registration (公示 included), recording,
 * and the whole way from declaration to the ledger.
 */
export const PIPELINE_STEPS = [
  { step: 'confirm', from: 'declared', to: 'confirmed' },
  { step: 'register', from: 'confirmed', to: 'registered' },
  { step: 'record', from: 'registered', to: 'recorded' },
  { step: 'declaredToRecorded', from: 'declared', to: 'recorded' },
] as const;

/** Reads of the bureau's pipeline: deals of a signing year by stage, and the time between stages. */
@Injectable()
export class PipelineStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Count and amount per status, with confirmed deals split by their public notice: `in_notice`
   * while it runs or an objection is open (registration refused), `awaiting_registration` otherwise.
   */
  stages(year: number): Promise<StageRow[]> {
    return this.dataSource.query(
      `SELECT CASE WHEN d.status <> 'confirmed' THEN d.status
                   WHEN n.id IS NOT NULL AND (n.ends_at > now() OR EXISTS (
                          SELECT 1 FROM deal_notice_objections o WHERE o.notice_id = n.id AND o.resolved_at IS NULL))
                     THEN 'in_notice'
                   ELSE 'awaiting_registration' END AS stage,
              count(*)::int AS "dealCount", sum(d.amount_fen)::text AS "amountFen"
         FROM deals d LEFT JOIN deal_notices n ON n.deal_id = d.id
        WHERE d.year = $1
        GROUP BY 1`,
      [year],
    );
  }

  /** Median days of each step (percentile_cont over the deals that took it), in SQL. */
  steps(year: number): Promise<StepRow[]> {
    const steps = PIPELINE_STEPS.map((_, i) => `($${3 * i + 2}, $${3 * i + 3}, $${3 * i + 4})`).join(', ');
    return this.dataSource.query(
      `WITH firsts AS (
         SELECT e.deal_id, e.status, min(e.created_at) AS at
           FROM deal_events e JOIN deals d ON d.id = e.deal_id
          WHERE d.year = $1 GROUP BY e.deal_id, e.status),
       steps (step, from_status, to_status) AS (VALUES ${steps}),
       took AS (
         SELECT s.step, extract(epoch FROM b.at - a.at) / 86400 AS days
           FROM steps s JOIN firsts a ON a.status = s.from_status JOIN firsts b ON b.deal_id = a.deal_id AND b.status = s.to_status)
       SELECT step, count(*)::int AS "dealCount",
              round((percentile_cont(0.5) WITHIN GROUP (ORDER BY days))::numeric, 2)::float8 AS "medianDays"
         FROM took GROUP BY step`,
      [year, ...PIPELINE_STEPS.flatMap((s) => [s.step, s.from, s.to])],
    );
  }

  /** Registered or recorded contracts of the year at or above the threshold: for expert review, largest first. */
  largeContracts(
    year: number,
    thresholdFen: bigint,
    limit: number,
  ): Promise<{ rows: LargeContractRow[]; count: number; amountFen: string }> {
    return this.dataSource
      .query(
        `SELECT d.id, d.title, d.status, b.name AS "buyerName", s.name AS "sellerName", d.amount_fen::text AS "amountFen",
                d.signed_at::text AS "signedAt", d.registration_no AS "registrationNo",
                count(*) OVER ()::int AS total, sum(d.amount_fen) OVER ()::text AS "totalFen"
           FROM deals d JOIN organizations b ON b.id = d.buyer_org_id JOIN organizations s ON s.id = d.seller_org_id
          WHERE d.year = $1 AND d.status IN ('registered', 'recorded') AND d.amount_fen >= $2
          ORDER BY d.amount_fen DESC, d.id LIMIT $3`,
        [year, thresholdFen.toString(), limit],
      )
      .then((rows: (LargeContractRow & { total: number; totalFen: string })[]) => ({
        rows: rows.map(({ total: _t, totalFen: _f, ...row }) => row),
        count: rows[0]?.total ?? 0,
        amountFen: rows[0]?.totalFen ?? '0',
      }));
  }
}

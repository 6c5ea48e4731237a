import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AmountRow {
  dealCount: number;
  amountFen: string;
  technologyAmountFen: string;
}

export type BreakdownDimension = 'field' | 'contract_type' | 'region';

/** Reads of the turnover aggregates; sums are numeric in SQL and travel as text. */
@Injectable()
export class TurnoverStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async yearTotals(year: number): Promise<AmountRow> {
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(sum(deal_count), 0)::int AS "dealCount", COALESCE(sum(amount_fen), 0)::text AS "amountFen",
              COALESCE(sum(technology_amount_fen), 0)::text AS "technologyAmountFen"
         FROM turnover_aggregates WHERE year = $1`,
      [year],
    );
    return row as AmountRow;
  }

  byMonth(year: number): Promise<(AmountRow & { month: number })[]> {
    return this.dataSource.query(
      `SELECT month, sum(deal_count)::int AS "dealCount", sum(amount_fen)::text AS "amountFen",
              sum(technology_amount_fen)::text AS "technologyAmountFen"
         FROM turnover_aggregates WHERE year = $1 GROUP BY month ORDER BY month`,
      [year],
    );
  }

  /** `dimension` is one of three fixed column names, never user input. */
  by(year: number, dimension: BreakdownDimension): Promise<(AmountRow & { key: string })[]> {
    return this.dataSource.query(
      `SELECT ${dimension} AS key, sum(deal_count)::int AS "dealCount", sum(amount_fen)::text AS "amountFen",
              sum(technology_amount_fen)::text AS "technologyAmountFen"
         FROM turnover_aggregates WHERE year = $1 GROUP BY ${dimension}
        HAVING sum(deal_count) <> 0 OR sum(amount_fen) <> 0
        ORDER BY sum(amount_fen) DESC, ${dimension}`,
      [year],
    );
  }

  topSellers(year: number, limit: number): Promise<(AmountRow & { orgId: string; name: string | null })[]> {
    return this.dataSource.query(
      `SELECT a.seller_org_id AS "orgId", o.name, sum(a.deal_count)::int AS "dealCount", sum(a.amount_fen)::text AS "amountFen",
              sum(a.technology_amount_fen)::text AS "technologyAmountFen"
         FROM turnover_aggregates a LEFT JOIN organizations o ON o.id = a.seller_org_id
        WHERE a.year = $1 GROUP BY a.seller_org_id, o.name
        HAVING sum(a.amount_fen) > 0
        ORDER BY sum(a.amount_fen) DESC, a.seller_org_id LIMIT $2`,
      [year, limit],
    );
  }
}

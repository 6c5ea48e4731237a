import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AmountRow {
  dealCount: number;
  amountFen: string;
  technologyAmountFen: string;
}

export type BreakdownDimension = 'field' | 'contract_type' | 'region';

/** Every figure of a year's dashboard, from one scan of its aggregate rows. */
export interface YearBreakdowns {
  totals: AmountRow;
  byMonth: (AmountRow & { month: number })[];
  byField: (AmountRow & { key: string })[];
  byContractType: (AmountRow & { key: string })[];
  byRegion: (AmountRow & { key: string })[];
  topSellers: (AmountRow & { orgId: string; name: string | null })[];
}

/** GROUPING(month, field, contract_type, region, seller_org_id) of each grouping set: a bit set per column not grouped by. */
const SET = { total: 31, month: 15, field: 23, contractType: 27, region: 29, seller: 30 } as const;
type BreakdownRow = AmountRow & { set: number; month: number | null; key: string | null; name: string | null };

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

  /**
   * The year's totals and every breakdown in one statement: GROUPING SETS scan the year's
   * aggregate rows once (the six separate GROUP BYs scanned them six times). Sellers are ranked
   * in SQL so that only the top `sellers` travel, with their names.
   */
  async yearBreakdowns(year: number, sellers: number): Promise<YearBreakdowns> {
    const rows: BreakdownRow[] = await this.dataSource.query(
      `WITH sets AS (
         SELECT GROUPING(month, field, contract_type, region, seller_org_id)::int AS set, month,
                COALESCE(field, contract_type, region) AS key, seller_org_id,
                sum(deal_count) AS deal_count, sum(amount_fen) AS amount_fen, sum(technology_amount_fen) AS technology_amount_fen
           FROM turnover_aggregates WHERE year = $1
          GROUP BY GROUPING SETS ((), (month), (field), (contract_type), (region), (seller_org_id))),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY set ORDER BY amount_fen DESC, seller_org_id, key) AS rank FROM sets)
       SELECT r.set, r.month, COALESCE(r.key, r.seller_org_id::text) AS key, o.name,
              COALESCE(r.deal_count, 0)::int AS "dealCount", COALESCE(r.amount_fen, 0)::text AS "amountFen",
              COALESCE(r.technology_amount_fen, 0)::text AS "technologyAmountFen"
         FROM ranked r LEFT JOIN organizations o ON r.set = ${SET.seller} AND o.id = r.seller_org_id
        WHERE r.set <> ${SET.seller} OR (r.rank <= $2 AND r.amount_fen > 0)
        ORDER BY r.set, r.amount_fen DESC, r.month, key`,
      [year, sellers],
    );
    const of = (set: number) => rows.filter((r) => r.set === set);
    const amounts = ({ dealCount, amountFen, technologyAmountFen }: BreakdownRow): AmountRow => ({
      dealCount,
      amountFen,
      technologyAmountFen,
    });
    const breakdown = (set: number) =>
      of(set)
        .filter((r) => r.dealCount !== 0 || r.amountFen !== '0')
        .map((r) => ({ key: r.key!, ...amounts(r) }));
    return {
      totals: of(SET.total).map(amounts)[0] ?? { dealCount: 0, amountFen: '0', technologyAmountFen: '0' },
      byMonth: of(SET.month)
        .map((r) => ({ month: r.month!, ...amounts(r) }))
        .sort((a, b) => a.month - b.month),
      byField: breakdown(SET.field),
      byContractType: breakdown(SET.contractType),
      byRegion: breakdown(SET.region),
      topSellers: of(SET.seller).map((r) => ({ orgId: r.key!, name: r.name, ...amounts(r) })),
    };
  }
}

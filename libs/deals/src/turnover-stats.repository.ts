import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TurnoverBasis } from './annual-target.entity.js';
import { basisColumns } from './market-region.js';

export interface AmountRow {
  dealCount: number;
  amountFen: string;
  technologyAmountFen: string;
}

export type BreakdownDimension = 'field' | 'contract_type' | 'region';

/** A year's figures on one basis, counted against the market region's code prefix. */
export interface BasisFilter {
  basis: TurnoverBasis;
  prefix: string;
}

/** Both flows and their overlap (both parties in the region): never to be added. */
export interface FlowTotals {
  inflow: AmountRow;
  outflow: AmountRow;
  withinRegion: AmountRow;
}

/** Every figure of a year's dashboard, from one read of its rollup rows. */
export interface YearBreakdowns {
  totals: AmountRow;
  byMonth: (AmountRow & { month: number })[];
  byField: (AmountRow & { key: string })[];
  byContractType: (AmountRow & { key: string })[];
  byRegion: (AmountRow & { key: string })[];
  topSellers: (AmountRow & { orgId: string; name: string | null })[];
}

/** Which breakdown a row belongs to (the bits of GROUPING(month, field, contract_type, counterpart region, seller) of the grouping sets this query once used). */
const SET = { total: 31, month: 15, field: 23, contractType: 27, region: 29, seller: 30 } as const;
type BreakdownRow = AmountRow & { set: number; month: number | null; key: string | null; name: string | null };

/** Reads of the dashboard's turnover rollup; sums are numeric in SQL and travel as text. */
@Injectable()
export class TurnoverStatsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async yearTotals(year: number, filter: BasisFilter): Promise<AmountRow> {
    const { own } = basisColumns(filter.basis);
    const [row] = await this.dataSource.query(
      `SELECT COALESCE(sum(deal_count), 0)::int AS "dealCount", COALESCE(sum(amount_fen), 0)::text AS "amountFen",
              COALESCE(sum(technology_amount_fen), 0)::text AS "technologyAmountFen"
         FROM turnover_rollups WHERE year = $1 AND dimension = 'month' AND ${own} LIKE $2`,
      [year, `${filter.prefix}%`],
    );
    return row as AmountRow;
  }

  /** The year's month rows with either party in the region: two index ranges, one per region column. */
  async flowTotals(year: number, prefix: string): Promise<FlowTotals> {
    const sums = (name: string, where: string) =>
      `COALESCE(sum(deal_count) FILTER (WHERE ${where}), 0)::int AS "${name}Count",
       COALESCE(sum(amount_fen) FILTER (WHERE ${where}), 0)::text AS "${name}Fen",
       COALESCE(sum(technology_amount_fen) FILTER (WHERE ${where}), 0)::text AS "${name}TechFen"`;
    const [row]: Record<string, string | number>[] = await this.dataSource.query(
      `SELECT ${sums('inflow', 'buyer_region LIKE $2')}, ${sums('outflow', 'region LIKE $2')},
              ${sums('within', 'buyer_region LIKE $2 AND region LIKE $2')}
         FROM turnover_rollups WHERE year = $1 AND dimension = 'month' AND (buyer_region LIKE $2 OR region LIKE $2)`,
      [year, `${prefix}%`],
    );
    const of = (name: string): AmountRow => ({
      dealCount: row[`${name}Count`] as number,
      amountFen: row[`${name}Fen`] as string,
      technologyAmountFen: row[`${name}TechFen`] as string,
    });
    return { inflow: of('inflow'), outflow: of('outflow'), withinRegion: of('within') };
  }

  /**
   * The earlier years' turnover by month on the basis (at most `years` before `year`, those with
   * any turnover): the seasonal shape a year's pace follows.
   */
  async earlierMonths(year: number, years: number, filter: BasisFilter): Promise<{ years: number[]; byMonth: Map<number, bigint> }> {
    const { own } = basisColumns(filter.basis);
    const rows: { year: number; month: number; amountFen: string }[] = await this.dataSource.query(
      `SELECT year, key::int AS month, sum(amount_fen)::text AS "amountFen" FROM turnover_rollups
        WHERE year = ANY($1::int[]) AND dimension = 'month' AND ${own} LIKE $2
        GROUP BY year, key HAVING sum(amount_fen) <> 0`,
      [Array.from({ length: years }, (_, i) => year - years + i), `${filter.prefix}%`],
    );
    const byMonth = new Map<number, bigint>();
    for (const r of rows) byMonth.set(r.month, (byMonth.get(r.month) ?? 0n) + BigInt(r.amountFen));
    return { years: [...new Set(rows.map((r) => r.year))].sort(), byMonth };
  }

  /** The `count` largest recorded contracts of the year on the basis (their record entries carry both regions). */
  async largestAmounts(year: number, count: number, filter: BasisFilter): Promise<{ n: number; sumFen: string }> {
    const { own } = basisColumns(filter.basis);
    const [row]: { n: number; sum_fen: string | null }[] = await this.dataSource.query(
      `SELECT count(*)::int AS n, sum(amount_fen)::text AS sum_fen
         FROM (SELECT d.amount_fen FROM deals d JOIN ledger_entries e ON e.deal_id = d.id AND e.kind = 'record'
                WHERE d.status = 'recorded' AND d.year = $1 AND e.${own} LIKE $3
                ORDER BY d.amount_fen DESC LIMIT $2) top`,
      [year, count, `${filter.prefix}%`],
    );
    return { n: row.n, sumFen: row.sum_fen ?? '0' };
  }

  /**
   * The year's totals and every breakdown in one statement, from the year's rollup rows of the
   * basis (an index range on its region column): totals, months and the other side's region
   * from the month rows, fields, contract types and sellers from their own. Sellers are ranked
   * in SQL so that only the top `sellers` travel, with their names. "By region" is the other
   * side's region (where inflow came from, where outflow went).
   */
  async yearBreakdowns(year: number, sellers: number, filter: BasisFilter): Promise<YearBreakdowns> {
    const { own, counterpart } = basisColumns(filter.basis);
    const sums = 'sum(deal_count) AS deal_count, sum(amount_fen) AS amount_fen, sum(technology_amount_fen) AS technology_amount_fen';
    const rows: BreakdownRow[] = await this.dataSource.query(
      `WITH r AS (
         SELECT dimension, key, ${counterpart} AS other, deal_count, amount_fen, technology_amount_fen
           FROM turnover_rollups WHERE year = $1 AND ${own} LIKE $3),
       sets AS (
         SELECT CASE dimension WHEN 'month' THEN ${SET.month} WHEN 'field' THEN ${SET.field}
                               WHEN 'contract_type' THEN ${SET.contractType} ELSE ${SET.seller} END AS set, key, ${sums}
           FROM r GROUP BY dimension, key
         UNION ALL
         SELECT ${SET.region}, other::text COLLATE "default", ${sums} FROM r WHERE dimension = 'month' GROUP BY other
         UNION ALL
         SELECT ${SET.total}, NULL, ${sums} FROM r WHERE dimension = 'month'),
       ranked AS (
         SELECT *, row_number() OVER (PARTITION BY set ORDER BY amount_fen DESC, CASE WHEN set = ${SET.seller} THEN key::uuid END, key) AS rank
           FROM sets)
       SELECT r.set, CASE WHEN r.set = ${SET.month} THEN r.key::int END AS month, r.key,
              CASE WHEN r.set = ${SET.seller} THEN (SELECT o.name FROM organizations o WHERE o.id = r.key::uuid) END AS name,
              COALESCE(r.deal_count, 0)::int AS "dealCount", COALESCE(r.amount_fen, 0)::text AS "amountFen",
              COALESCE(r.technology_amount_fen, 0)::text AS "technologyAmountFen"
         FROM ranked r
        WHERE r.set <> ${SET.seller} OR (r.rank <= $2 AND r.amount_fen > 0)
        ORDER BY r.set, r.amount_fen DESC, month, r.key`,
      [year, sellers, `${filter.prefix}%`],
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

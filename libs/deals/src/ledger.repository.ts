import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { LedgerEntry } from './ledger-entry.entity.js';

export type NewLedgerEntry = Pick<
  LedgerEntry,
  'dealId' | 'kind' | 'amountFen' | 'technologyAmountFen' | 'year' | 'month' | 'field' | 'contractType' | 'region' | 'sellerOrgId'
>;

/** Ledger and aggregate dimensions; `region` is the seller's, `buyer_region` the buyer's. */
const DIMENSIONS = 'year, month, field, contract_type, region, seller_org_id, buyer_region';

const ROLLUP_KEY = 'year, dimension, key, region, buyer_region';

/**
 * Adds `source`'s entries to the dashboard's rollup: each entry once per dimension (its month,
 * field, contract type and seller), summed per rollup row and upserted in key order, like the
 * aggregates (no deadlocks between batches). `source` yields the ledger dimensions with
 * deal_count (+1 record, −1 cancel), amount_fen and technology_amount_fen.
 */
const ROLLUP_UPSERT = (source: string) =>
  `INSERT INTO turnover_rollups (${ROLLUP_KEY}, deal_count, amount_fen, technology_amount_fen)
   SELECT s.year, d.dimension, d.key, s.region, s.buyer_region, sum(s.deal_count), sum(s.amount_fen), sum(s.technology_amount_fen)
     FROM (${source}) s
    CROSS JOIN LATERAL (VALUES ('month', s.month::text), ('field', s.field::text), ('contract_type', s.contract_type::text),
                               ('seller', s.seller_org_id::text)) d(dimension, key)
    GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5
   ON CONFLICT (${ROLLUP_KEY}) DO UPDATE SET
     deal_count = turnover_rollups.deal_count + EXCLUDED.deal_count,
     amount_fen = turnover_rollups.amount_fen + EXCLUDED.amount_fen,
     technology_amount_fen = turnover_rollups.technology_amount_fen + EXCLUDED.technology_amount_fen`;

/** The ledger summed into rollup rows, as `ROLLUP_UPSERT`'s source; `where` narrows the entries. */
const LEDGER_AS_SOURCE = (where = 'true') =>
  `SELECT ${DIMENSIONS}, CASE kind WHEN 'record' THEN 1 ELSE -1 END AS deal_count, amount_fen, technology_amount_fen
     FROM ledger_entries WHERE ${where}`;

/** The buyer's region for a deal's entry: the record entry's when there is one (a cancellation nets it out), else the buyer's now. */
const BUYER_REGION_OF = (dealId: string) =>
  `COALESCE((SELECT r.buyer_region FROM ledger_entries r WHERE r.deal_id = ${dealId} AND r.kind = 'record'),
            (SELECT o.region FROM deals d JOIN organizations o ON o.id = d.buyer_org_id WHERE d.id = ${dealId}))`;

/** The ledger, its aggregates and the dashboard's rollup: the only place that writes any of them. */
@Injectable()
export class LedgerRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Appends the entry unless (deal_id, kind) exists, and only then applies it to its aggregate
   * row and its rollup rows, in the caller's transaction. Returns whether the entry was new. One aggregate row per
   * entry and the deal row locked first keep lock order consistent: no deadlocks. The buyer's
   * region is read here: the buyer's at recording, and a cancellation reverses the record's.
   */
  async append(manager: EntityManager, e: NewLedgerEntry): Promise<boolean> {
    const inserted: { buyer_region: string }[] = await manager.query(
      `INSERT INTO ledger_entries (deal_id, kind, amount_fen, technology_amount_fen, ${DIMENSIONS})
       SELECT $1::uuid, $2::varchar, $3::bigint, $4::bigint, $5::smallint, $6::smallint, $7::varchar, $8::varchar, $9::char(6), $10::uuid,
              ${BUYER_REGION_OF('$1::uuid')}
       ON CONFLICT (deal_id, kind) DO NOTHING RETURNING buyer_region`,
      [e.dealId, e.kind, e.amountFen, e.technologyAmountFen, e.year, e.month, e.field, e.contractType, e.region, e.sellerOrgId],
    );
    if (inserted.length === 0) return false;
    // The entry's row of the aggregates and of the rollup: its dimensions, ±1 deal and its amounts.
    const row = [
      e.year,
      e.month,
      e.field,
      e.contractType,
      e.region,
      e.sellerOrgId,
      inserted[0].buyer_region,
      e.kind === 'record' ? 1 : -1,
      e.amountFen,
      e.technologyAmountFen,
    ];
    await manager.query(
      `INSERT INTO turnover_aggregates (${DIMENSIONS}, deal_count, amount_fen, technology_amount_fen)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (${DIMENSIONS}) DO UPDATE SET
         deal_count = turnover_aggregates.deal_count + EXCLUDED.deal_count,
         amount_fen = turnover_aggregates.amount_fen + EXCLUDED.amount_fen,
         technology_amount_fen = turnover_aggregates.technology_amount_fen + EXCLUDED.technology_amount_fen`,
      row,
    );
    await manager.query(
      ROLLUP_UPSERT(
        `SELECT $1::smallint AS year, $2::smallint AS month, $3::varchar AS field, $4::varchar AS contract_type, $5::char(6) AS region,
                $6::uuid AS seller_org_id, $7::char(6) AS buyer_region, $8::int AS deal_count, $9::bigint AS amount_fen,
                $10::bigint AS technology_amount_fen`,
      ),
      row,
    );
    return true;
  }

  /**
   * Records the registered deals among `dealIds` in one statement, in the caller's transaction:
   * locks the deals by primary key in id order (concurrent batches queue in one order), keeps
   * those still registered, appends their `record` entries (skipping any whose (deal_id, kind)
   * exists), applies only the new entries to the aggregates and the rollup, summed per row and
   * upserted in key order (no deadlocks between batches), and marks the deals recorded with one
   * system event each. A replayed batch finds its deals recorded and writes nothing.
   *
   * One round trip instead of one per step, no entity hydration, and the deals are found through
   * the primary key alone: a `status = 'registered'` condition let the planner AND in the partial
   * index of every registered deal, a scan as long as the backlog for each batch.
   * Returns how many deals were recorded, their years, and the listing references of those that have any.
   */
  async recordRegistered(manager: EntityManager, dealIds: string[]): Promise<RecordedBatch> {
    if (dealIds.length === 0) return { recorded: 0, years: [], refs: [] };
    const [row]: { recorded: number; years: number[] | null; refs: RecordedBatch['refs'] | null }[] = await manager.query(
      `WITH locked AS (
         SELECT d.id, d.status, d.amount_fen, d.technology_amount_fen, d.year, d.month, d.field, d.contract_type, d.region,
                d.seller_org_id, d.buyer_org_id, d.demand_id, d.outcome_id, d.inquiry_id
           FROM deals d WHERE d.id = ANY($1::uuid[]) ORDER BY d.id FOR UPDATE),
       registered AS (SELECT * FROM locked WHERE status = 'registered'),
       appended AS (
         INSERT INTO ledger_entries (deal_id, kind, amount_fen, technology_amount_fen, ${DIMENSIONS})
         SELECT r.id, 'record', r.amount_fen, r.technology_amount_fen, r.year, r.month, r.field, r.contract_type, r.region,
                r.seller_org_id, o.region
           FROM registered r JOIN organizations o ON o.id = r.buyer_org_id
         ON CONFLICT (deal_id, kind) DO NOTHING RETURNING amount_fen, technology_amount_fen, ${DIMENSIONS}),
       applied AS (
         INSERT INTO turnover_aggregates (${DIMENSIONS}, deal_count, amount_fen, technology_amount_fen)
         SELECT ${DIMENSIONS}, count(*), sum(amount_fen), sum(technology_amount_fen)
           FROM appended GROUP BY ${DIMENSIONS} ORDER BY ${DIMENSIONS}
         ON CONFLICT (${DIMENSIONS}) DO UPDATE SET
           deal_count = turnover_aggregates.deal_count + EXCLUDED.deal_count,
           amount_fen = turnover_aggregates.amount_fen + EXCLUDED.amount_fen,
           technology_amount_fen = turnover_aggregates.technology_amount_fen + EXCLUDED.technology_amount_fen
         RETURNING 1),
       rolled AS (
         ${ROLLUP_UPSERT(`SELECT ${DIMENSIONS}, 1 AS deal_count, amount_fen, technology_amount_fen FROM appended`)}
         RETURNING 1),
       moved AS (
         UPDATE deals d SET status = 'recorded', recorded_at = now(), updated_at = now()
           FROM registered r WHERE d.id = r.id RETURNING d.id),
       events AS (INSERT INTO deal_events (deal_id, status) SELECT id, 'recorded' FROM moved RETURNING 1)
       SELECT (SELECT count(*) FROM moved)::int AS recorded,
              (SELECT array_agg(DISTINCT year)::int[] FROM registered) AS years,
              (SELECT json_agg(json_build_object('demandId', demand_id, 'outcomeId', outcome_id, 'inquiryId', inquiry_id))
                 FROM registered WHERE demand_id IS NOT NULL OR outcome_id IS NOT NULL OR inquiry_id IS NOT NULL) AS refs`,
      [dealIds],
    );
    return { recorded: row.recorded, years: row.years ?? [], refs: row.refs ?? [] };
  }

  /** Aggregate rows that differ from what the ledger sums to (either side missing counts as zero). */
  aggregateDifferences(): Promise<AggregateDifference[]> {
    return this.dataSource.query(
      `WITH from_ledger AS (
         SELECT ${DIMENSIONS},
                sum(CASE kind WHEN 'record' THEN 1 ELSE -1 END)::int AS deal_count,
                sum(amount_fen) AS amount_fen, sum(technology_amount_fen) AS technology_amount_fen
           FROM ledger_entries GROUP BY ${DIMENSIONS})
       SELECT COALESCE(a.year, l.year) AS year, COALESCE(a.month, l.month) AS month, COALESCE(a.field, l.field) AS field,
              COALESCE(a.contract_type, l.contract_type) AS "contractType", COALESCE(a.region, l.region) AS region,
              COALESCE(a.seller_org_id, l.seller_org_id) AS "sellerOrgId", COALESCE(a.buyer_region, l.buyer_region) AS "buyerRegion",
              COALESCE(a.deal_count, 0) AS "aggregateCount", COALESCE(l.deal_count, 0) AS "ledgerCount",
              COALESCE(a.amount_fen, 0)::text AS "aggregateAmountFen", COALESCE(l.amount_fen, 0)::text AS "ledgerAmountFen",
              COALESCE(a.technology_amount_fen, 0)::text AS "aggregateTechnologyAmountFen",
              COALESCE(l.technology_amount_fen, 0)::text AS "ledgerTechnologyAmountFen"
         FROM turnover_aggregates a
         FULL OUTER JOIN from_ledger l USING (${DIMENSIONS})
        WHERE COALESCE(a.deal_count, 0) <> COALESCE(l.deal_count, 0)
           OR COALESCE(a.amount_fen, 0) <> COALESCE(l.amount_fen, 0)
           OR COALESCE(a.technology_amount_fen, 0) <> COALESCE(l.technology_amount_fen, 0)
        ORDER BY 1, 2, 3, 4, 5, 6, 7`,
    );
  }

  /** Rollup rows that differ from what the ledger sums to (either side missing counts as zero). */
  rollupDifferences(): Promise<RollupDifference[]> {
    return this.dataSource.query(
      `WITH from_ledger AS (
         SELECT e.year, d.dimension, d.key, e.region COLLATE "C" AS region, e.buyer_region COLLATE "C" AS buyer_region,
                sum(CASE e.kind WHEN 'record' THEN 1 ELSE -1 END)::int AS deal_count,
                sum(e.amount_fen) AS amount_fen, sum(e.technology_amount_fen) AS technology_amount_fen
           FROM ledger_entries e
          CROSS JOIN LATERAL (VALUES ('month', e.month::text), ('field', e.field::text), ('contract_type', e.contract_type::text),
                                     ('seller', e.seller_org_id::text)) d(dimension, key)
          GROUP BY 1, 2, 3, 4, 5)
       SELECT COALESCE(r.year, l.year) AS year, COALESCE(r.dimension, l.dimension) AS dimension, COALESCE(r.key, l.key) AS key,
              COALESCE(r.region, l.region) AS region, COALESCE(r.buyer_region, l.buyer_region) AS "buyerRegion",
              COALESCE(r.deal_count, 0) AS "rollupCount", COALESCE(l.deal_count, 0) AS "ledgerCount",
              COALESCE(r.amount_fen, 0)::text AS "rollupAmountFen", COALESCE(l.amount_fen, 0)::text AS "ledgerAmountFen",
              COALESCE(r.technology_amount_fen, 0)::text AS "rollupTechnologyAmountFen",
              COALESCE(l.technology_amount_fen, 0)::text AS "ledgerTechnologyAmountFen"
         FROM turnover_rollups r
         FULL OUTER JOIN from_ledger l
           ON l.year = r.year AND l.dimension = r.dimension AND l.key = r.key AND l.region = r.region AND l.buyer_region = r.buyer_region
        WHERE COALESCE(r.deal_count, 0) <> COALESCE(l.deal_count, 0)
           OR COALESCE(r.amount_fen, 0) <> COALESCE(l.amount_fen, 0)
           OR COALESCE(r.technology_amount_fen, 0) <> COALESCE(l.technology_amount_fen, 0)
        ORDER BY 1, 2, 3, 4, 5`,
    );
  }

  /** Deals whose ledger entries do not match their status and amounts, and entries without a deal. */
  dealDifferences(): Promise<DealDifference[]> {
    return this.dataSource.query(
      `WITH per_deal AS (
         SELECT d.id, d.status, d.recorded_at, d.amount_fen, d.technology_amount_fen,
                count(*) FILTER (WHERE e.kind = 'record') AS records,
                count(*) FILTER (WHERE e.kind = 'cancel') AS cancels,
                bool_and(e.id IS NULL OR (
                  e.amount_fen = CASE e.kind WHEN 'record' THEN d.amount_fen ELSE -d.amount_fen END AND
                  e.technology_amount_fen = CASE e.kind WHEN 'record' THEN d.technology_amount_fen ELSE -d.technology_amount_fen END AND
                  e.year = d.year AND e.month = d.month AND e.field = d.field AND e.contract_type = d.contract_type AND
                  e.region = d.region AND e.seller_org_id = d.seller_org_id)) AS entries_match
           FROM deals d LEFT JOIN ledger_entries e ON e.deal_id = d.id
          GROUP BY d.id)
       SELECT id AS "dealId", status, records::int, cancels::int,
              CASE WHEN NOT entries_match THEN 'entries do not match the deal'
                   ELSE 'a ' || status || ' deal has ' || records || ' record and ' || cancels || ' cancel entries' END AS problem
         FROM per_deal
        WHERE NOT entries_match
           OR (status NOT IN ('recorded', 'cancelled') AND (records, cancels) <> (0, 0))
           OR (status = 'recorded' AND (records, cancels) <> (1, 0))
           OR (status = 'cancelled' AND recorded_at IS NOT NULL AND (records, cancels) <> (1, 1))
           OR (status = 'cancelled' AND recorded_at IS NULL AND (records, cancels) <> (0, 0))
       UNION ALL
       SELECT e.deal_id, NULL, NULL, NULL, 'ledger entry ' || e.id || ' has no deal'
         FROM ledger_entries e LEFT JOIN deals d ON d.id = e.deal_id WHERE d.id IS NULL
       ORDER BY 1`,
    );
  }

  /**
   * Recomputes every aggregate and rollup row from the ledger in one transaction (recording
   * waits meanwhile), a year at a time so that `onProgress` hears how many ledger entries are done.
   */
  async rebuildAggregates(onProgress?: (progress: { done: number; total: number }) => void): Promise<{ rows: number }> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query('LOCK TABLE ledger_entries IN SHARE MODE');
      await manager.query('LOCK TABLE turnover_aggregates IN EXCLUSIVE MODE');
      await manager.query('LOCK TABLE turnover_rollups IN EXCLUSIVE MODE');
      await manager.query('DELETE FROM turnover_aggregates');
      await manager.query('DELETE FROM turnover_rollups');
      const years: { year: number; entries: number }[] = await manager.query(
        'SELECT year, count(*)::int AS entries FROM ledger_entries GROUP BY year ORDER BY year',
      );
      const total = years.reduce((n, y) => n + y.entries, 0);
      let done = 0;
      let rows = 0;
      onProgress?.({ done, total });
      for (const { year, entries } of years) {
        const inserted: unknown[] = await manager.query(
          `INSERT INTO turnover_aggregates (${DIMENSIONS}, deal_count, amount_fen, technology_amount_fen)
           SELECT ${DIMENSIONS}, sum(CASE kind WHEN 'record' THEN 1 ELSE -1 END), sum(amount_fen), sum(technology_amount_fen)
             FROM ledger_entries WHERE year = $1 GROUP BY ${DIMENSIONS}
           RETURNING 1`,
          [year],
        );
        await manager.query(ROLLUP_UPSERT(LEDGER_AS_SOURCE('year = $1')), [year]);
        rows += inserted.length;
        done += entries;
        onProgress?.({ done, total });
      }
      return { rows };
    });
  }
}

export interface RecordedBatch {
  recorded: number;
  years: number[];
  refs: { demandId: string | null; outcomeId: string | null; inquiryId: string | null }[];
}

export interface AggregateDifference {
  year: number;
  month: number;
  field: string;
  contractType: string;
  region: string;
  sellerOrgId: string;
  buyerRegion: string;
  aggregateCount: number;
  ledgerCount: number;
  aggregateAmountFen: string;
  ledgerAmountFen: string;
  aggregateTechnologyAmountFen: string;
  ledgerTechnologyAmountFen: string;
}

export interface RollupDifference {
  year: number;
  dimension: string;
  key: string;
  region: string;
  buyerRegion: string;
  rollupCount: number;
  ledgerCount: number;
  rollupAmountFen: string;
  ledgerAmountFen: string;
  rollupTechnologyAmountFen: string;
  ledgerTechnologyAmountFen: string;
}

export interface DealDifference {
  dealId: string;
  status: string | null;
  records: number | null;
  cancels: number | null;
  problem: string;
}

/**
 * Dashboard: GET /stats/turnover?year= over M ledger rows (default 1,000,000), deals, ledger,
 * aggregates and rollup bulk-loaded with SQL (generate_series, indexes and foreign keys rebuilt
 * after), consistent with one another so that ledger:check passes. Latency p50/p95/p99 over R requests at concurrency 1 and 8 (autocannon),
 * beside the baseline: the naive SUM … GROUP BY over the deals table computing the same figures
 * (total, by month, field, contract type, region, top sellers), timed the same way in the same run.
 * Environment: BENCH_LEDGER_ROWS, BENCH_DASHBOARD_REQUESTS, BENCH_BASELINE_REQUESTS.
 */
import pg from 'pg';
import { CONTRACT_TYPES, FIELDS } from '@app/common';
import { loadConfig } from '@app/config';
import { load, type LoadFigures } from './lib/load.js';
import { machine, ratio, writeResult } from './lib/report.js';
import { BenchStack, loadPerCore } from './lib/stack.js';

const ROWS = Number(process.env.BENCH_LEDGER_ROWS ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_DASHBOARD_REQUESTS ?? 200);
/** The naive baseline is seconds per request at this size: fewer samples keep the run short, p50 stays meaningful. */
const BASELINE_REQUESTS = Number(process.env.BENCH_BASELINE_REQUESTS ?? 40);
const CONCURRENCIES = [1, 8];
const SELLERS = 500;
const YEARS = 5;

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const stack = await BenchStack.create('dashboard');
  try {
    await stack.startApi();
    const bureau = await stack.bureauToken();
    const year = new Date().getUTCFullYear() - 1;
    const loaded = await bulkLoad(stack.db, year);
    const integrity = await integrityProblems(stack.db);
    if (integrity !== 0) throw new Error(`the bulk-loaded ledger is inconsistent: ${integrity} differences`);
    const rows = [];
    for (const connections of CONCURRENCIES) {
      const ours = pick(
        await load({
          url: `http://127.0.0.1:${stack.env.PORT}`,
          paths: [`/api/v1/stats/turnover?year=${year}`],
          connections,
          amount: REQUESTS,
          headers: { authorization: `Bearer ${bureau}` },
        }),
      );
      const baseline = await naive(stack.env.DATABASE_URL, year, connections);
      rows.push({ case: `concurrency ${connections}`, ours, baseline, ratio: ratio(ours, baseline), unit: 'ms, requests/s' });
    }
    const { market } = loadConfig(stack.env);
    const prefix = market.regionPrefix;
    const plans = await explain(stack.db, year, prefix);
    const rollupRows = Number((await stack.db.query('SELECT count(*) FROM turnover_rollups')).rows[0].count);
    const aggregateRows = Number((await stack.db.query('SELECT count(*) FROM turnover_aggregates')).rows[0].count);
    const file = writeResult({
      name: 'dashboard',
      description: `GET /stats/turnover?year= over ${ROWS.toLocaleString('en')} ledger rows (${YEARS} years, ${SELLERS} sellers in 9 counties), answered from the rollup kept with the ledger (one row per year × breakdown value × seller's region × buyer's region, read through an index on the basis's region), against the naive SUM … GROUP BY over the deals table computing the same figures straight in PostgreSQL (no HTTP), each query set timed per request.`,
      dataSize: {
        ledgerRows: ROWS,
        deals: ROWS,
        years: YEARS,
        sellers: SELLERS,
        aggregateRows,
        rollupRows,
        requests: REQUESTS,
        baselineRequests: BASELINE_REQUESTS,
      },
      concurrency: CONCURRENCIES,
      machine: machine('n/a'),
      startedAt,
      rows,
      notes: [
        `bulk load (INSERT … SELECT over generate_series with the secondary indexes and foreign keys of deals and ledger_entries dropped, then rebuilt and validated; ANALYZE): ${loaded.seconds} s (${Object.entries(
          loaded.steps,
        )
          .map(([k, v]) => `${k} ${v} s`)
          .join(', ')}); integrity: aggregates equal the ledger, the rollup equals the aggregates, the ledger matches the deals`,
        `market region ${market.region} (basis inflow: buyer_region LIKE '${prefix}%'); ${aggregateRows} aggregate rows, ${rollupRows} rollup rows`,
        ...plans.map((p) => `plan, ${p}`),
        `load average per core at the end: ${loadPerCore()} (shared machine: compare ratios)`,
      ],
    });
    console.log(JSON.stringify({ file, rows }, null, 2));
  } finally {
    await stack.close();
  }
}

const pick = (f: LoadFigures) => ({ p50: f.p50, p95: f.p95, p99: f.p99, rps: f.rps });

/**
 * ROWS recorded deals over YEARS years (the measured year holds 1/YEARS of them), one `record`
 * ledger entry each, the aggregates summed from the ledger and the rollup from the aggregates:
 * what the worker would have written. Rows go in by INSERT … SELECT over generate_series with
 * the two big tables' secondary indexes and foreign keys dropped, then rebuilt and validated
 * (each built once instead of maintained row by row); deal ids are random uuids inserted in
 * order, so the primary key grows at its right edge.
 */
async function bulkLoad(db: pg.Pool, year: number): Promise<{ seconds: number; steps: Record<string, number> }> {
  const started = performance.now();
  const steps: Record<string, number> = {};
  const client = await db.connect();
  let mark = performance.now();
  const step = async (name: string, sql: string, params: unknown[] = []) => {
    const result = await client.query(sql, params);
    steps[name] = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
    return result;
  };
  try {
    await client.query(`SET maintenance_work_mem = '512MB'`);
    await client.query(`SET work_mem = '512MB'`);
    await client.query(
      `INSERT INTO organizations (name, type, credit_code, region)
       SELECT '基准卖方' || g, CASE WHEN g % 2 = 0 THEN 'enterprise' ELSE 'institution' END,
              'B' || lpad(g::text, 17, '0'), '3311' || lpad((g % 9 + 21)::text, 2, '0')
         FROM generate_series(1, $1) g`,
      [SELLERS],
    );
    const { rows: orgs } = await client.query(`SELECT id, region FROM organizations WHERE credit_code LIKE 'B%' ORDER BY credit_code`);
    const ids = orgs.map((o: { id: string }) => o.id);
    const regions = orgs.map((o: { region: string }) => o.region);
    const { rows: indexes } = await client.query(
      `SELECT i.indexname, i.indexdef FROM pg_indexes i
        WHERE i.schemaname = 'public' AND i.tablename IN ('deals', 'ledger_entries')
          AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    );
    const { rows: foreignKeys } = await client.query(
      `SELECT conrelid::regclass::text AS "table", conname, pg_get_constraintdef(oid) AS def FROM pg_constraint
        WHERE contype = 'f' AND conrelid IN ('deals'::regclass, 'ledger_entries'::regclass)`,
    );
    for (const f of foreignKeys) await client.query(`ALTER TABLE ${f.table} DROP CONSTRAINT "${f.conname}"`);
    for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);
    await step(
      'deals',
      `INSERT INTO deals (id, buyer_org_id, seller_org_id, contract_type, field, amount_fen, technology_amount_fen, signed_at, year, month,
                          region, status, created_by_user_id, created_by_org_id, idempotency_key, request_hash, recorded_at)
       SELECT s.id, o.ids[1 + (g * 7) % $2], o.ids[k.seller], ($5::text[])[1 + g % 5], ($4::text[])[1 + (g / 5) % 9],
              a.fen, a.fen * (50 + g % 51) / 100, make_date(y.y, m.m, 1 + g % 28), y.y, m.m,
              ($8::char(6)[])[k.seller], 'recorded', o.ids[1], o.ids[1], 'bench:' || g, repeat('0', 64), now()
         FROM (SELECT gen_random_uuid() AS id, g FROM generate_series(1, $1) g ORDER BY 1) s
        CROSS JOIN (SELECT $3::uuid[] AS ids) o
        CROSS JOIN LATERAL (SELECT 1 + (g * 7 + 1 + g % 3) % $2 AS seller) k
        CROSS JOIN LATERAL (SELECT $6::int - (g % $7) AS y) y
        CROSS JOIN LATERAL (SELECT 1 + (g / 7) % 12 AS m) m
        CROSS JOIN LATERAL (SELECT (100000 + (g::bigint * 7919) % 500000000) AS fen) a`,
      [ROWS, SELLERS, ids, [...FIELDS], [...CONTRACT_TYPES], year, YEARS, regions],
    );
    await step(
      'ledger',
      `INSERT INTO ledger_entries (deal_id, kind, amount_fen, technology_amount_fen, year, month, field, contract_type, region, seller_org_id, buyer_region)
       SELECT d.id, 'record', amount_fen, technology_amount_fen, year, month, field, contract_type, d.region, seller_org_id, b.region
         FROM deals d JOIN organizations b ON b.id = d.buyer_org_id`,
    );
    await step(
      'aggregates',
      `INSERT INTO turnover_aggregates (year, month, field, contract_type, region, seller_org_id, buyer_region, deal_count, amount_fen, technology_amount_fen)
       SELECT year, month, field, contract_type, region, seller_org_id, buyer_region, count(*), sum(amount_fen), sum(technology_amount_fen)
         FROM ledger_entries GROUP BY 1, 2, 3, 4, 5, 6, 7`,
    );
    // The aggregates are the ledger summed over a superset of each rollup's dimensions.
    await step(
      'rollup',
      `INSERT INTO turnover_rollups (year, dimension, key, region, buyer_region, deal_count, amount_fen, technology_amount_fen)
       SELECT a.year, d.dimension, d.key, a.region, a.buyer_region, sum(a.deal_count), sum(a.amount_fen), sum(a.technology_amount_fen)
         FROM turnover_aggregates a
        CROSS JOIN LATERAL (VALUES ('month', a.month::text), ('field', a.field::text), ('contract_type', a.contract_type::text),
                                   ('seller', a.seller_org_id::text)) d(dimension, key)
        GROUP BY 1, 2, 3, 4, 5`,
    );
    for (const i of indexes) await client.query(i.indexdef);
    steps.indexes = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
    for (const f of foreignKeys) await client.query(`ALTER TABLE ${f.table} ADD CONSTRAINT "${f.conname}" ${f.def}`);
    steps.foreignKeys = Math.round(performance.now() - mark) / 1000;
    mark = performance.now();
    await step('analyze', 'ANALYZE');
  } finally {
    client.release();
  }
  return { seconds: Math.round(performance.now() - started) / 1000, steps };
}

/**
 * What ledger:check looks at, as counts: aggregate rows that differ from the ledger, rollup rows
 * that differ from the aggregates summed per dimension (either side missing), and deals whose
 * entries differ.
 */
async function integrityProblems(db: pg.Pool): Promise<number> {
  const { rows } = await db.query(`
    WITH rolled AS (
      SELECT a.year, d.dimension, d.key, a.region, a.buyer_region, sum(a.deal_count) AS n, sum(a.amount_fen) AS fen,
             sum(a.technology_amount_fen) AS tech
        FROM turnover_aggregates a
       CROSS JOIN LATERAL (VALUES ('month', a.month::text), ('field', a.field::text), ('contract_type', a.contract_type::text),
                                  ('seller', a.seller_org_id::text)) d(dimension, key)
       GROUP BY 1, 2, 3, 4, 5),
    stored AS (SELECT year, dimension, key, region, buyer_region, deal_count::numeric, amount_fen::numeric, technology_amount_fen::numeric
                 FROM turnover_rollups)
    SELECT (SELECT count(*) FROM (
              SELECT year, month, field, contract_type, region, seller_org_id, buyer_region, count(*) AS n, sum(amount_fen) AS fen,
                     sum(technology_amount_fen) AS tech
                FROM ledger_entries GROUP BY 1, 2, 3, 4, 5, 6, 7
              EXCEPT SELECT year, month, field, contract_type, region, seller_org_id, buyer_region, deal_count, amount_fen, technology_amount_fen
                FROM turnover_aggregates) x)
         + (SELECT count(*) FROM ((SELECT * FROM rolled EXCEPT SELECT * FROM stored) UNION ALL (SELECT * FROM stored EXCEPT SELECT * FROM rolled)) y)
         + (SELECT count(*) FROM deals d LEFT JOIN ledger_entries e ON e.deal_id = d.id AND e.kind = 'record'
             WHERE e.id IS NULL OR e.amount_fen <> d.amount_fen OR e.region <> d.region OR e.seller_org_id <> d.seller_org_id) AS problems`);
  return Number(rows[0].problems);
}

/** The naive dashboard: the same figures summed from the deals table on every request. */
const NAIVE = [
  `SELECT count(*) AS n, sum(amount_fen) AS fen, sum(technology_amount_fen) AS tech FROM deals WHERE status = 'recorded' AND year = $1`,
  `SELECT month, count(*), sum(amount_fen) FROM deals WHERE status = 'recorded' AND year = $1 GROUP BY month ORDER BY month`,
  `SELECT field, count(*), sum(amount_fen), sum(technology_amount_fen) FROM deals WHERE status = 'recorded' AND year = $1 GROUP BY field`,
  `SELECT contract_type, count(*), sum(amount_fen), sum(technology_amount_fen) FROM deals WHERE status = 'recorded' AND year = $1 GROUP BY contract_type`,
  `SELECT region, count(*), sum(amount_fen), sum(technology_amount_fen) FROM deals WHERE status = 'recorded' AND year = $1 GROUP BY region`,
  `SELECT seller_org_id, count(*), sum(amount_fen) FROM deals WHERE status = 'recorded' AND year = $1 GROUP BY seller_org_id ORDER BY 3 DESC LIMIT 10`,
];

async function naive(url: string, year: number, connections: number): Promise<{ p50: number; p95: number; p99: number; rps: number }> {
  const pool = new pg.Pool({ connectionString: url, max: connections });
  const latencies: number[] = [];
  let next = 0;
  const started = performance.now();
  try {
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (next++ < BASELINE_REQUESTS) {
          const t = performance.now();
          for (const sql of NAIVE) await pool.query(sql, [year]);
          latencies.push(performance.now() - t);
        }
      }),
    );
  } finally {
    await pool.end();
  }
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] * 100) / 100;
  return { p50: pct(50), p95: pct(95), p99: pct(99), rps: Math.round((latencies.length / seconds) * 100) / 100 };
}

/** The plans of the dashboard's two reads that grow with the data: the year's rollup rows on the basis, and its largest contracts. */
async function explain(db: pg.Pool, year: number, prefix: string): Promise<string[]> {
  const plans: string[] = [];
  for (const [name, sql, params] of [
    [
      'rollup rows of the year on the inflow basis',
      `SELECT dimension, key, region, sum(deal_count), sum(amount_fen) FROM turnover_rollups WHERE year = $1 AND buyer_region LIKE $2
        GROUP BY GROUPING SETS ((dimension, key), (dimension, region))`,
      [year, `${prefix}%`],
    ],
    [
      'largest contracts',
      `SELECT count(*), sum(amount_fen) FROM (SELECT d.amount_fen FROM deals d JOIN ledger_entries e ON e.deal_id = d.id AND e.kind = 'record'
        WHERE d.status = 'recorded' AND d.year = $1 AND e.buyer_region LIKE $2 ORDER BY d.amount_fen DESC LIMIT 10) top`,
      [year, `${prefix}%`],
    ],
  ] as const) {
    const { rows } = await db.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${sql}`, [...params]);
    const plan = rows[0]['QUERY PLAN'][0];
    const nodes: string[] = [];
    const walk = (n: { 'Node Type': string; 'Index Name'?: string; 'Actual Rows'?: number; Plans?: unknown[] }) => {
      nodes.push(`${n['Index Name'] ? `${n['Node Type']} on ${n['Index Name']}` : n['Node Type']} (${n['Actual Rows']} rows)`);
      for (const c of (n.Plans ?? []) as (typeof n)[]) walk(c);
    };
    walk(plan.Plan);
    const hit = plan.Plan['Shared Hit Blocks'] ?? 0;
    const read = plan.Plan['Shared Read Blocks'] ?? 0;
    plans.push(`${name}: ${nodes.join(' → ')}; ${plan['Execution Time']} ms, buffers hit ${hit} read ${read}`);
  }
  return plans;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

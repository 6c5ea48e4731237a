/**
 * Dashboard: GET /stats/turnover?year= over M ledger rows (default 1,000,000), deals, ledger and
 * aggregates bulk-loaded with SQL (generate_series), consistent with one another so that
 * ledger:check passes. Latency p50/p95/p99 over R requests at concurrency 1 and 8 (autocannon),
 * beside the baseline: the naive SUM … GROUP BY over the deals table computing the same figures
 * (total, by month, field, contract type, region, top sellers), timed the same way in the same run.
 * Environment: BENCH_LEDGER_ROWS, BENCH_DASHBOARD_REQUESTS, BENCH_BASELINE_REQUESTS.
 */
import pg from 'pg';
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
    const loadSeconds = await bulkLoad(stack.db, year);
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
    const plan = await explain(stack.db, year);
    const file = writeResult({
      name: 'dashboard',
      description:
        'GET /stats/turnover?year= (answered from the aggregates kept with the ledger) against the naive SUM … GROUP BY over the deals table computing the same figures straight in PostgreSQL (no HTTP), each query set timed per request.',
      dataSize: { ledgerRows: ROWS, deals: ROWS, years: YEARS, sellers: SELLERS, requests: REQUESTS, baselineRequests: BASELINE_REQUESTS },
      concurrency: CONCURRENCIES,
      machine: machine('n/a'),
      startedAt,
      rows,
      notes: [
        `bulk load (deals, ledger, aggregates by generate_series, then ANALYZE): ${loadSeconds} s; integrity: aggregates equal the ledger, the ledger matches the deals`,
        `stats query plan of the year's aggregates: ${plan}`,
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
 * ledger entry each, and the aggregates summed from the ledger: what the worker would have written.
 */
async function bulkLoad(db: pg.Pool, year: number): Promise<number> {
  const started = performance.now();
  const { rows: orgs } = await db.query(
    `INSERT INTO organizations (name, type, credit_code, region)
     SELECT '基准卖方' || g, CASE WHEN g % 2 = 0 THEN 'enterprise' ELSE 'institution' END,
            'B' || lpad(g::text, 17, '0'), '3311' || lpad((g % 9 + 21)::text, 2, '0')
       FROM generate_series(1, $1) g RETURNING id`,
    [SELLERS],
  );
  const ids = orgs.map((o: { id: string }) => o.id);
  const fields = [
    'electronics',
    'biomedicine',
    'aerospace',
    'new_materials',
    'high_tech_services',
    'new_energy',
    'resources_environment',
    'advanced_manufacturing',
    'modern_agriculture',
  ];
  const types = ['development', 'transfer', 'license', 'consulting', 'service'];
  await db.query(
    `INSERT INTO deals (buyer_org_id, seller_org_id, contract_type, field, amount_fen, technology_amount_fen, signed_at, year, month,
                        region, status, created_by_user_id, created_by_org_id, idempotency_key, request_hash, recorded_at)
     SELECT o.ids[1 + (g * 7) % $2], o.ids[1 + (g * 7 + 1 + g % 3) % $2], ($5::text[])[1 + g % 5], ($4::text[])[1 + (g / 5) % 9],
            a.fen, a.fen * (50 + g % 51) / 100, make_date(y.y, m.m, 1 + g % 28), y.y, m.m,
            '3311' || lpad(((1 + (g * 7 + 1 + g % 3) % $2) % 9 + 21)::text, 2, '0'), 'recorded',
            o.ids[1], o.ids[1], 'bench:' || g, repeat('0', 64), now()
       FROM generate_series(1, $1) g
       CROSS JOIN (SELECT $3::uuid[] AS ids) o
       CROSS JOIN LATERAL (SELECT $6::int - (g % $7) AS y) y
       CROSS JOIN LATERAL (SELECT 1 + (g / 7) % 12 AS m) m
       CROSS JOIN LATERAL (SELECT (100000 + (g::bigint * 7919) % 500000000) AS fen) a`,
    [ROWS, SELLERS, ids, fields, types, year, YEARS],
  );
  // The seller's region as the intake writes it: the seller organization's.
  await db.query(`UPDATE deals d SET region = o.region FROM organizations o WHERE o.id = d.seller_org_id AND d.region <> o.region`);
  await db.query(
    `INSERT INTO ledger_entries (deal_id, kind, amount_fen, technology_amount_fen, year, month, field, contract_type, region, seller_org_id, buyer_region)
     SELECT d.id, 'record', amount_fen, technology_amount_fen, year, month, field, contract_type, d.region, seller_org_id, b.region
       FROM deals d JOIN organizations b ON b.id = d.buyer_org_id`,
  );
  await db.query(
    `INSERT INTO turnover_aggregates (year, month, field, contract_type, region, seller_org_id, buyer_region, deal_count, amount_fen, technology_amount_fen)
     SELECT year, month, field, contract_type, region, seller_org_id, buyer_region, count(*), sum(amount_fen), sum(technology_amount_fen)
       FROM ledger_entries GROUP BY 1, 2, 3, 4, 5, 6, 7`,
  );
  await db.query('ANALYZE');
  return Math.round(performance.now() - started) / 1000;
}

/** What ledger:check looks at, as counts: aggregate rows that differ from the ledger, and deals whose entries differ. */
async function integrityProblems(db: pg.Pool): Promise<number> {
  const { rows } = await db.query(`
    SELECT (SELECT count(*) FROM (
              SELECT year, month, field, contract_type, region, seller_org_id, buyer_region, count(*) AS n, sum(amount_fen) AS fen,
                     sum(technology_amount_fen) AS tech
                FROM ledger_entries GROUP BY 1, 2, 3, 4, 5, 6, 7
              EXCEPT SELECT year, month, field, contract_type, region, seller_org_id, buyer_region, deal_count, amount_fen, technology_amount_fen
                FROM turnover_aggregates) x)
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

async function explain(db: pg.Pool, year: number): Promise<string> {
  const { rows } = await db.query(
    `EXPLAIN (ANALYZE, FORMAT JSON)
     SELECT GROUPING(month, field, contract_type, region, seller_org_id), sum(deal_count), sum(amount_fen)
       FROM turnover_aggregates WHERE year = $1
      GROUP BY GROUPING SETS ((), (month), (field), (contract_type), (region), (seller_org_id))`,
    [year],
  );
  const plan = rows[0]['QUERY PLAN'][0];
  const nodes: string[] = [];
  const walk = (n: { 'Node Type': string; 'Index Name'?: string; Plans?: unknown[] }) => {
    nodes.push(n['Index Name'] ? `${n['Node Type']} on ${n['Index Name']}` : n['Node Type']);
    for (const c of (n.Plans ?? []) as (typeof n)[]) walk(c);
  };
  walk(plan.Plan);
  return `${nodes.join(' → ')} (${plan['Execution Time']} ms)`;
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

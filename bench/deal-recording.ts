/**
 * Deal recording: N contracts (default 100,000) imported as one CSV through POST /deals/import,
 * until every one is `recorded` by the worker child processes. Baseline, same run, same Redis:
 * a bare BullMQ queue whose no-op processor moves the same number of jobs, added with addBulk in
 * the same chunks, at the same total concurrency. Checks that the dashboard's total equals the
 * exact sum of the file. Two cases: one deal per job (DEALS_RECORD_BATCH=1) and the default batch.
 * Environment: BENCH_IMPORT_DEALS, BENCH_WORKERS, DEALS_RECORD_CONCURRENCY, BENCH_RECORD_BATCHES;
 * BENCH_CPU_PROF_DIR=<dir> writes a V8 CPU profile of each worker process there.
 */
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { formatFen, parseYuan } from '@app/common';
import { QUEUES } from '@app/queue';
import { ListingGenerator } from './lib/generator.js';
import { machine, ratio, writeResult } from './lib/report.js';
import { BenchStack, cleanRedis, loadPerCore, type Party } from './lib/stack.js';

const N = Number(process.env.BENCH_IMPORT_DEALS ?? 100_000);
const WORKERS = Number(process.env.BENCH_WORKERS ?? 2);
const RECORD_CONCURRENCY = Number(process.env.DEALS_RECORD_CONCURRENCY ?? 8);
const ENQUEUE_CHUNK = 500; // jobs per addBulk, as DealImportService

const BATCHES = (process.env.BENCH_RECORD_BATCHES ?? '1,100').split(',').map(Number);

interface CaseResult {
  batch: number;
  importSeconds: number;
  recordSeconds: number;
  /** From spawning the worker processes to both taking jobs; not part of recordSeconds. */
  workerStartSeconds: number;
  endToEndSeconds: number;
  total: string;
}

async function main(): Promise<void> {
  const startedAt = new Date().toISOString();
  const loadAtStart = loadPerCore();
  const baseline = await bareBullmq(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', `bench_bare_${Date.now().toString(36)}`);
  const cases: CaseResult[] = [];
  for (const batch of BATCHES) cases.push(await runCase(batch));
  const rows = cases.map((c) => {
    const ours = { jobsPerSecond: round(N / c.recordSeconds), seconds: round(c.recordSeconds) };
    const label = c.batch === 1 ? 'one deal per job and transaction' : `${c.batch} deals per job and transaction`;
    return {
      case: `recording, ${label} (${WORKERS} workers × ${RECORD_CONCURRENCY})`,
      ours,
      baseline,
      ratio: ratio(ours, baseline),
      unit: 'deals/s (baseline: no-op jobs/s), s',
    };
  });
  const file = writeResult({
    name: 'deal-recording',
    description:
      'Contracts imported as one CSV (POST /deals/import: parsed, validated, stored registered in bulk, enqueued with addBulk), then recorded into the ledger by the worker processes until all are `recorded`; baseline: a bare BullMQ queue with a no-op processor moving one job per deal on the same Redis, same chunks and concurrency.',
    dataSize: { deals: N },
    concurrency: [WORKERS * RECORD_CONCURRENCY],
    machine: machine('n/a'),
    startedAt,
    rows,
    notes: [
      ...cases.map(
        (c) =>
          `batch ${c.batch}: import of ${N.toLocaleString('en')} rows in ${round(c.importSeconds)} s (${Math.round(N / c.importSeconds)} rows/s); workers ready ${round(c.workerStartSeconds)} s after spawning (not counted; ${Math.round(N / (c.recordSeconds + c.workerStartSeconds))} deals/s counted from the spawn); upload to last recorded ${round(c.endToEndSeconds)} s; dashboard total ${c.total} yuan = the file's exact sum`,
      ),
      `load average per core: ${loadAtStart} at the start, ${loadPerCore()} at the end (the machine is shared: compare ratios, not absolute figures)`,
    ],
  });
  console.log(JSON.stringify({ file, rows }, null, 2));
}

async function runCase(batch: number): Promise<CaseResult> {
  const stack = await BenchStack.create('recording', {
    DEALS_RECORD_CONCURRENCY: String(RECORD_CONCURRENCY),
    DEALS_RECORD_BATCH: String(batch),
  });
  try {
    await stack.startApi();
    const parties = await Promise.all(Array.from({ length: 12 }, (_, i) => stack.register(i % 2 === 0 ? 'enterprise' : 'institution')));
    const year = new Date().getUTCFullYear() - 1;
    const { csv, sumFen } = contractsCsv(parties, year);
    const bureau = await stack.bureauToken();
    const t0 = performance.now();
    const report = await importFile(stack.base, bureau, csv);
    const imported = performance.now();
    if (report.accepted !== N) throw new Error(`import accepted ${report.accepted} of ${N}: ${JSON.stringify(report.errors.slice(0, 3))}`);
    // After the import, so that recording is timed alone; and from the moment both worker
    // processes are ready, as the baseline's workers are: the queue is held paused while they
    // start (loading and booting a Nest worker takes seconds of CPU that are not recording).
    const deals = new Queue(QUEUES.deals, { connection: new Redis(stack.env.REDIS_URL), prefix: `${stack.env.REDIS_PREFIX}:bull` });
    await deals.pause();
    const spawned = performance.now();
    stack.startWorkers(WORKERS);
    while ((await deals.getWorkersCount()) < WORKERS) await new Promise((r) => setTimeout(r, 50));
    const workersStarted = performance.now();
    await deals.resume();
    await waitRecorded(stack);
    const done = performance.now();
    await deals.close();
    await deals.disconnect();
    const stats = (await (
      await fetch(`${stack.base}/stats/turnover?year=${year}`, { headers: { authorization: `Bearer ${bureau}` } })
    ).json()) as {
      total: string;
      dealCount: number;
    };
    if (stats.total !== formatFen(sumFen) || stats.dealCount !== N)
      throw new Error(`totals differ: ${JSON.stringify(stats)} vs ${formatFen(sumFen)}`);
    const result = {
      batch,
      importSeconds: (imported - t0) / 1000,
      recordSeconds: (done - workersStarted) / 1000,
      workerStartSeconds: (workersStarted - spawned) / 1000,
      endToEndSeconds: (done - t0) / 1000,
      total: stats.total,
    };
    console.error(JSON.stringify(result));
    return result;
  } finally {
    await stack.close();
  }
}

function contractsCsv(parties: Party[], year: number): { csv: string; sumFen: bigint } {
  const generator = new ListingGenerator(20261128);
  const lines = ['\uFEFF买方,卖方,合同类型,技术领域,成交额(元),技术交易额(元),签订日期,技术合同登记号'];
  let sumFen = 0n;
  for (let i = 0; i < N; i++) {
    const buyer = parties[(i * 2) % parties.length];
    const seller = parties[(i * 2 + 1 + 2 * (i % 3)) % parties.length];
    const d = generator.deal(year);
    const fen = parseYuan(d.amount);
    if (!('fen' in fen)) throw new Error(`generator amount ${d.amount}`);
    sumFen += fen.fen;
    // Parties by credit code (what a bureau's spreadsheet holds) and by id, alternately.
    lines.push(
      [
        i % 2 ? buyer.creditCode : buyer.orgId,
        seller.creditCode,
        d.contractType,
        d.field,
        d.amount,
        d.technologyAmount,
        d.signedAt,
        `${year}331127${String(i).padStart(8, '0')}`,
      ].join(','),
    );
  }
  return { csv: `${lines.join('\r\n')}\r\n`, sumFen };
}

async function importFile(base: string, token: string, csv: string): Promise<{ accepted: number; errors: unknown[] }> {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'contracts.csv');
  const res = await fetch(`${base}/deals/import`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  if (res.status !== 202) throw new Error(`import answered ${res.status}: ${(await res.text()).slice(0, 500)}`);
  return (await res.json()) as { accepted: number; errors: unknown[] };
}

async function waitRecorded(stack: BenchStack): Promise<void> {
  for (;;) {
    const { rows } = await stack.db.query(`SELECT count(*)::int AS n FROM deals WHERE status = 'recorded'`);
    if (rows[0].n >= N) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** The same number of jobs through BullMQ alone: added in the same chunks, taken by as many no-op workers. */
async function bareBullmq(url: string, prefix: string): Promise<{ jobsPerSecond: number; seconds: number }> {
  const connection = new Redis(url, { maxRetriesPerRequest: null });
  const queue = new Queue('bare', { connection, prefix });
  let completed = 0;
  let resolveDone!: () => void;
  const allDone = new Promise<void>((r) => (resolveDone = r));
  const workers = Array.from({ length: WORKERS }, () => {
    const w = new Worker('bare', async () => undefined, {
      connection: new Redis(url, { maxRetriesPerRequest: null }),
      prefix,
      concurrency: RECORD_CONCURRENCY,
      autorun: false,
    });
    w.on('completed', () => {
      if (++completed === N) resolveDone();
    });
    return w;
  });
  try {
    for (let i = 0; i < N; i += ENQUEUE_CHUNK) {
      const count = Math.min(ENQUEUE_CHUNK, N - i);
      await queue.addBulk(
        Array.from({ length: count }, (_, j) => ({
          name: 'bare.job',
          data: { dealId: `${i + j}` },
          opts: { jobId: `bare-${i + j}`, attempts: 10, removeOnComplete: { age: 3600, count: 10000 } },
        })),
      );
    }
    const started = performance.now();
    for (const w of workers) void w.run();
    await allDone;
    const seconds = (performance.now() - started) / 1000;
    return { jobsPerSecond: round(N / seconds), seconds: round(seconds) };
  } finally {
    await Promise.all(workers.map((w) => w.close()));
    await queue.close();
    connection.disconnect();
    await cleanRedis(url, prefix);
  }
}

const round = (n: number) => Math.round(n * 100) / 100;

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

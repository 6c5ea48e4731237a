/** Benchmark results: JSON per benchmark under bench/results/, and a markdown summary beside them. */
import { execSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';

export const RESULTS_DIR = resolve(process.cwd(), 'bench/results');

export interface Machine {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  postgres: string | null;
  redis: string | null;
  meilisearch: string;
}

export function machine(meiliVersion: string): Machine {
  const tryRun = (cmd: string) => {
    try {
      return execSync(cmd, { stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
    } catch {
      return null;
    }
  };
  return {
    cpuModel: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: tryRun('psql --version'),
    redis: tryRun('redis-server --version'),
    meilisearch: meiliVersion,
  };
}

export interface BenchmarkResult {
  name: string;
  description: string;
  dataSize: Record<string, number>;
  concurrency?: number[];
  machine: Machine;
  startedAt: string;
  /** Each row: one measured configuration, ours beside the baseline, with their ratio. */
  rows: { case: string; ours: Record<string, number>; baseline: Record<string, number>; ratio: Record<string, number>; unit: string }[];
  notes?: string[];
}

export function writeResult(result: BenchmarkResult): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = join(RESULTS_DIR, `${result.name}.json`);
  writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
  writeSummary();
  return file;
}

/** Rebuilds bench/results/README.md from every JSON result. */
export function writeSummary(): void {
  const results = readdirSync(RESULTS_DIR)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as BenchmarkResult);
  const lines = ['# Benchmark results', '', 'Written by `npm run bench`; each figure beside a baseline measured in the same run.', ''];
  for (const r of results) {
    lines.push(`## ${r.name}`, '', r.description, '');
    lines.push(
      `Data: ${Object.entries(r.dataSize)
        .map(([k, v]) => `${k} ${v.toLocaleString('en')}`)
        .join(', ')}. Machine: ${r.machine.cores} cores, ${r.machine.memoryGiB} GiB, ${r.machine.cpuModel}. Run ${r.startedAt}.`,
      '',
    );
    lines.push('| case | metric | ours | baseline | ours / baseline | unit |', '| --- | --- | ---: | ---: | ---: | --- |');
    for (const row of r.rows) {
      for (const metric of Object.keys(row.ours)) {
        lines.push(
          `| ${row.case} | ${metric} | ${fmt(row.ours[metric])} | ${fmt(row.baseline[metric])} | ${fmt(row.ratio[metric])} | ${row.unit} |`,
        );
      }
    }
    if (r.notes?.length) lines.push('', ...r.notes.map((n) => `- ${n}`));
    lines.push('');
  }
  writeFileSync(join(RESULTS_DIR, 'README.md'), lines.join('\n'));
}

const fmt = (n: number | null | undefined) =>
  n === undefined || n === null || Number.isNaN(n) ? '–' : Number.isInteger(n) ? String(n) : n.toFixed(n < 10 ? 3 : 1);

export function ratio(ours: Record<string, number>, baseline: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(ours).map((k) => [k, baseline[k] ? ours[k] / baseline[k] : NaN]));
}

/** A `/proc/<pid>/stat` line's command and its user + system CPU in ms (10 ms resolution). */
function parseStat(stat: string): { command: string; cpuMs: number } {
  // The command is in parentheses and may itself hold spaces or parentheses: cut at the last one.
  const close = stat.lastIndexOf(')');
  const fields = stat.slice(close + 2).split(' ');
  return { command: stat.slice(stat.indexOf('(') + 1, close), cpuMs: ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 };
}

/** User and system CPU of a process so far, in ms, from /proc (Linux). */
export function processCpuMs(pid: number): number {
  return parseStat(readFileSync(`/proc/${pid}/stat`, 'utf8')).cpuMs;
}

/** CPU (user + system, ms) used so far by every process, summed by command name (`postgres`, `redis-server`, …), from /proc. */
export function cpuByCommand(): Map<string, number> {
  const byCommand = new Map<string, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // gone meanwhile
    }
    const { command, cpuMs } = parseStat(stat);
    byCommand.set(command, (byCommand.get(command) ?? 0) + cpuMs);
  }
  return byCommand;
}

/** The CPU each command used between two `cpuByCommand` readings, per unit of work, ms (commands that used none left out). */
export function cpuPerUnit(before: Map<string, number>, after: Map<string, number>, units: number): Record<string, number> {
  const result: Record<string, number> = {};
  for (const [command, ms] of after) {
    const used = ms - (before.get(command) ?? 0);
    if (used > 0) result[command] = Math.round((used / units) * 1000) / 1000;
  }
  return result;
}

import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { ConsoleLogger, type INestApplicationContext, type LogLevel } from '@nestjs/common';
import { Command } from 'commander';
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { AccountsService, AuthService } from '@app/accounts';
import { EnvValidationError, loadConfig } from '@app/config';
import { IndexCheck, ListingIndexer, type IndexCheckReport } from '@app/listings';
import { DealImportService, LedgerIntegrityService, RecordingLagService, type LedgerCheckReport } from '@app/deals';
import { CliModule } from './cli.module.js';
import { runMigrations } from '@app/database';
import { checkMigrations, generateMigration } from './migrations.js';
import { readPassword, refusePasswordOption } from './password-input.js';
import { progress, type Progress } from './progress.js';
import { SeedService } from './seed/seed.service.js';

/** Log lines go to stderr, so that a command's output on stdout (JSON, reports) stays clean. */
class StderrLogger extends ConsoleLogger {
  protected override printMessages(messages: unknown[], context?: string, logLevel?: LogLevel): void {
    super.printMessages(messages, context, logLevel, 'stderr');
  }
}

/** `npm run cli -- <command>`: migrations, bureau users, demo data, indexes, the ledger. */
async function withContext<T>(fn: (app: INestApplicationContext) => Promise<T>): Promise<T> {
  const app = await NestFactory.createApplicationContext(CliModule.forRoot(), {
    logger: new StderrLogger({ logLevels: ['error', 'warn'] }),
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}

const program = new Command('techmarket').description('techmarket maintenance commands');

program
  .command('migrate')
  .description('create the database if missing and run pending migrations')
  .action(async () => {
    await runMigrations(loadConfig());
  });

program
  .command('migration:generate')
  .argument('<Name>', 'PascalCase intent, e.g. AddDeals')
  .description('write a migration for the difference between the entities and the migrated schema')
  .action(async (name: string) => {
    const file = await generateMigration(loadConfig(), name);
    console.log(file ? `wrote ${file}` : 'no schema changes: nothing generated');
  });

program
  .command('migration:check')
  .description('fail when an entity changed without a migration')
  .action(async () => {
    const pending = await checkMigrations(loadConfig());
    if (pending.length > 0) {
      console.error(`entities and migrations disagree; missing migration would run:\n${pending.join(';\n')}`);
      process.exitCode = 1;
    } else console.log('migrations match the entities');
  });

program
  .command('bureau:create')
  .description('create a bureau user (and the bureau organization from BUREAU_ORG_* if missing)')
  .requiredOption('--email <email>')
  .option('--password <password>', 'refused: set CLI_PASSWORD or pipe the password on stdin', refusePasswordOption)
  .option('--name <displayName>', 'display name', '科技局工作人员')
  .action(async (opts: { email: string; name: string }) => {
    const config = loadConfig();
    const password = await readPassword(config.cliPassword);
    const { created } = await withContext((app) =>
      app.get(AccountsService).ensureBureauUser({
        email: opts.email,
        password,
        displayName: opts.name,
        org: { name: config.bureau.orgName, creditCode: config.bureau.orgCreditCode, region: config.bureau.region },
      }),
    );
    console.log(created ? `bureau user ${opts.email} created` : `bureau user ${opts.email} already exists`);
  });

program
  .command('seed')
  .description('fill an empty database with demo data (prints JSON)')
  .action(async () => {
    const result = await withContext((app) => app.get(SeedService).seedIfEmpty());
    console.log(JSON.stringify(result));
  });

program
  .command('reindex')
  .description('rebuild the demands and outcomes search indexes from PostgreSQL (prints JSON counts)')
  .action(async () => {
    const bars = perIndex('reindex');
    const result = await withContext((app) => app.get(ListingIndexer).reindexAll(bars.update)).finally(bars.stop);
    console.log(JSON.stringify(result));
  });

program
  .command('index:ensure')
  .description('rebuild the search indexes when one is empty while PostgreSQL has published listings of its kind (prints JSON)')
  .action(async () => {
    const bars = perIndex('index:ensure');
    const result = await withContext((app) => app.get(ListingIndexer).reindexIfEmpty(bars.update)).finally(bars.stop);
    console.log(JSON.stringify(result));
  });

program
  .command('index:check')
  .description('compare the search indexes with the published listings, document by document; exit 1 on any difference')
  .option('--json', 'print the report as JSON')
  .action(async (opts: { json?: boolean }) => {
    const bars = perIndex('index:check');
    const report = await withContext((app) => app.get(IndexCheck).check(bars.update)).finally(bars.stop);
    console.log(opts.json ? JSON.stringify(report) : describeIndexReport(report));
    if (!report.clean) process.exitCode = 1;
  });

program
  .command('ledger:check')
  .description('compare the aggregates and the rollup with the ledger and the ledger with the deals; exit 1 on any difference')
  .option('--json', 'print the report as JSON')
  .action(async (opts: { json?: boolean }) => {
    const report = await withContext((app) => app.get(LedgerIntegrityService).check());
    console.log(opts.json ? JSON.stringify(report) : describeLedgerReport(report));
    if (!report.clean) process.exitCode = 1;
  });

program
  .command('ledger:rebuild')
  .description('recompute the turnover aggregates and the rollup from the ledger, in one transaction')
  .action(async () => {
    const bar = progress('ledger:rebuild', 'entries');
    const { rows } = await withContext((app) => app.get(LedgerIntegrityService).rebuild((p) => bar.update(p.done, p.total))).finally(() =>
      bar.stop(),
    );
    console.log(`aggregates rebuilt from the ledger: ${rows} rows`);
  });

program
  .command('deals:import')
  .description(
    'import a CSV or XLSX file of registered contracts as the bureau user given, then follow the recording (prints the report as JSON)',
  )
  .argument('<file>', 'the contracts file (UTF-8 CSV or XLSX, Chinese or English headers)')
  .requiredOption('--email <email>', 'a bureau user (the password from CLI_PASSWORD or stdin)')
  .option('--password <password>', 'refused: set CLI_PASSWORD or pipe the password on stdin', refusePasswordOption)
  .option('--key <idempotencyKey>', 'Idempotency-Key: the same key and file give the same report')
  .option('--no-wait', 'return once the file is stored, without following the recording')
  .action(async (file: string, opts: { email: string; key?: string; wait: boolean }) => {
    const password = await readPassword(loadConfig().cliPassword);
    const result = await withContext(async (app) => {
      const { accessToken } = await app.get(AuthService).login(opts.email, password);
      const caller = await app.get(AuthService).principalFromToken(accessToken);
      const buffer = await readFile(file);
      console.error(`deals:import: ${basename(file)}, ${buffer.length} bytes: validating and storing`);
      const report = await app.get(DealImportService).import(caller, opts.key, { buffer, filename: basename(file) });
      console.error(
        `deals:import: ${report.accepted} accepted, ${report.rejected} rejected${report.created ? '' : ' (this file was imported before)'}`,
      );
      for (const e of report.errors.slice(0, 10)) console.error(`  ${JSON.stringify(e)}`);
      if (opts.wait && report.accepted > 0) await followRecording(app.get(RecordingLagService));
      return report;
    });
    console.log(JSON.stringify(result));
    if (result.rejected > 0) process.exitCode = 2;
  });

/** Waits until no deal awaits recording, showing the backlog drain (this file's deals and any others). */
async function followRecording(lag: RecordingLagService): Promise<void> {
  const bar = progress('recording', 'deals');
  try {
    let total = (await lag.measure()).waiting;
    for (;;) {
      const { waiting } = await lag.measure();
      total = Math.max(total, waiting);
      bar.update(total - waiting, total);
      if (waiting === 0) return;
      await new Promise((r) => setTimeout(r, 500));
    }
  } finally {
    bar.stop();
  }
}

/** One progress display per index, as a long pass moves from demands to outcomes. */
function perIndex(command: string): { update: (p: { index: string; done: number; total: number }) => void; stop: () => void } {
  const bars = new Map<string, Progress>();
  let current: Progress | undefined;
  return {
    update: ({ index, done, total }) => {
      let bar = bars.get(index);
      if (!bar) {
        current?.stop();
        bar = progress(`${command} ${index}`, 'listings');
        bars.set(index, bar);
        current = bar;
      }
      bar.update(done, total);
    },
    stop: () => current?.stop(),
  };
}

function describeIndexReport(report: IndexCheckReport): string {
  const lines = [report.clean ? 'index check: clean (each index equals the published listings)' : 'index check: differences found'];
  for (const i of report.indexes) {
    lines.push(
      `  ${i.index}: ${i.published} published, ${i.indexed} indexed; missing ${i.missing.length}, extra ${i.extra.length}, stale ${i.stale.length}`,
    );
    for (const [label, ids] of [
      ['missing', i.missing],
      ['extra', i.extra],
      ['stale', i.stale],
    ] as const) {
      if (ids.length > 0) lines.push(`    ${label}: ${ids.slice(0, 20).join(', ')}${ids.length > 20 ? ' …' : ''}`);
    }
  }
  return lines.join('\n');
}

function describeLedgerReport(report: LedgerCheckReport): string {
  if (report.clean) return 'ledger check: clean (aggregates and rollup equal the ledger; the ledger matches the deals)';
  const lines = [
    `ledger check: ${report.aggregates.length} aggregate, ${report.rollups.length} rollup and ${report.deals.length} deal differences`,
  ];
  for (const a of report.aggregates) {
    lines.push(
      `  aggregate ${a.year}-${a.month} ${a.field} ${a.contractType} ${a.region} ${a.sellerOrgId}: ` +
        `count ${a.aggregateCount} vs ledger ${a.ledgerCount}, amount ${a.aggregateAmountFen} vs ${a.ledgerAmountFen} fen, ` +
        `technology ${a.aggregateTechnologyAmountFen} vs ${a.ledgerTechnologyAmountFen} fen`,
    );
  }
  for (const r of report.rollups) {
    lines.push(
      `  rollup ${r.year} ${r.dimension} ${r.key} ${r.region} ${r.buyerRegion}: ` +
        `count ${r.rollupCount} vs ledger ${r.ledgerCount}, amount ${r.rollupAmountFen} vs ${r.ledgerAmountFen} fen, ` +
        `technology ${r.rollupTechnologyAmountFen} vs ${r.ledgerTechnologyAmountFen} fen`,
    );
  }
  for (const d of report.deals) lines.push(`  deal ${d.dealId}: ${d.problem}`);
  return lines.join('\n');
}

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(error instanceof EnvValidationError ? error.message : ((error as Error).message ?? error));
  process.exit(1);
});

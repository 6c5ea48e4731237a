import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OrganizationsRepository, type Organization } from '@app/accounts';
import {
  CONTRACT_TYPE_LABELS,
  FIELD_LABELS,
  ForbiddenError,
  ValidationFailedError,
  type ContractType,
  type Field,
  type FieldProblem,
} from '@app/common';
import { AppConfig } from '@app/config';
import { QueueProducer } from '@app/queue';
import type { ImportReport, ImportRowError } from './deal-import.entity.js';
import {
  IMPORT_COLUMNS,
  MAX_CELL_LENGTH,
  parseImportFile,
  type ImportColumn,
  type ImportRow,
  type ParsedImportFile,
} from './deal-import-file.js';
import { DealImportsRepository } from './deal-imports.repository.js';
import type { Caller } from './deal-intake.service.js';
import { normalizeDealInput, type NormalizedDeal } from './deal-input.js';
import { IDEMPOTENCY_KEY_PATTERN, requestHash } from './deal-rules.js';
import { importKeyReused } from './deals.errors.js';
import { DealsRepository, type NewDeal } from './deals.repository.js';

export interface ImportFile {
  buffer: Buffer;
  filename: string;
}

export type ImportResult = ImportReport & { created: boolean };

const INSERT_CHUNK = 5000;
/** Jobs per addBulk call. */
const JOBS_PER_ADD = 500;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTRACT_TYPE_BY_LABEL = new Map(Object.entries(CONTRACT_TYPE_LABELS).map(([code, label]) => [label, code]));
const FIELD_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([code, label]) => [label, code]));
/** Which file column a rule of the deal input speaks about. */
const COLUMN_OF: Record<string, ImportColumn> = { buyerOrgId: 'buyer', sellerOrgId: 'seller' };

interface PreparedRow {
  row: number;
  deal: NormalizedDeal & { field: Field };
  seller: Organization;
  hash: string;
}

/**
 * Importing a file of registered contracts (the bureau's spreadsheet): every row is checked by
 * the same rules as POST /deals, valid rows are stored `pending` in bulk in one transaction with
 * the file's report, then enqueued in bulk for the recording worker. The file is idempotent by
 * its Idempotency-Key and by its content; a contract registration number is imported once ever.
 */
@Injectable()
export class DealImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly imports: DealImportsRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly producer: QueueProducer,
    private readonly config: AppConfig,
  ) {}

  async import(caller: Caller, idempotencyKey: string | undefined, file: ImportFile | undefined): Promise<ImportResult> {
    if (caller.orgType !== 'bureau') throw new ForbiddenError('Only the bureau imports files of registered contracts');
    const key = checkKey(idempotencyKey);
    if (!file || file.buffer.length === 0)
      throw ValidationFailedError.forField('file', 'a CSV or XLSX file is required in the form field "file" (请上传文件)');
    const contentHash = createHash('sha256').update(file.buffer).digest('hex');
    const repeat = await this.repeat(caller.organizationId, key, contentHash);
    if (repeat) return repeat;
    const parsed = await parseImportFile(file.buffer, file.filename, this.config.deals.importMaxRows);
    const { prepared, errors } = await this.validate(parsed);
    const outcome = await this.store(caller, key, contentHash, file.filename.slice(0, 200), parsed, prepared, errors);
    if (!outcome) return (await this.repeat(caller.organizationId, key, contentHash))!;
    await this.enqueue(outcome.report.importId, outcome.dealIds);
    return { ...outcome.report, created: true };
  }

  private async repeat(orgId: string, key: string | null, contentHash: string): Promise<ImportResult | null> {
    const earlier = await this.imports.findRepeat(orgId, key, contentHash);
    if (!earlier) return null;
    if (key !== null && earlier.contentHash !== contentHash) throw importKeyReused();
    return { importId: earlier.id, accepted: earlier.accepted, rejected: earlier.rejected, errors: earlier.errors, created: false };
  }

  private async validate(parsed: ParsedImportFile): Promise<{ prepared: PreparedRow[]; errors: ImportRowError[] }> {
    const orgs = await this.lookUpParties(parsed.rows);
    const errors: ImportRowError[] = [];
    const prepared: PreparedRow[] = [];
    const firstByHash = new Map<string, number>();
    const firstByRegistration = new Map<string, number>();
    for (const row of parsed.rows) {
      const problems = checkRow(row, orgs);
      const result = problems.length === 0 ? prepare(row, orgs) : { problems };
      if ('problems' in result) {
        errors.push(...result.problems.map((p) => rowError(row.row, p, parsed.columns)));
        continue;
      }
      const duplicateOf =
        firstByHash.get(result.hash) ?? (result.deal.registrationNo ? firstByRegistration.get(result.deal.registrationNo) : undefined);
      if (duplicateOf !== undefined) {
        errors.push(
          rowError(
            row.row,
            {
              field: result.deal.registrationNo ? 'registrationNo' : 'row',
              messages: [`duplicates row ${duplicateOf} (与第 ${duplicateOf} 行重复)`],
            },
            parsed.columns,
          ),
        );
        continue;
      }
      firstByHash.set(result.hash, row.row);
      if (result.deal.registrationNo) firstByRegistration.set(result.deal.registrationNo, row.row);
      prepared.push(result);
    }
    return { prepared, errors };
  }

  /** All parties of the file in one query: organization ids or unified social credit codes. */
  private async lookUpParties(rows: ImportRow[]): Promise<Map<string, Organization>> {
    const values = new Set(rows.flatMap((r) => [r.cells.buyer ?? '', r.cells.seller ?? ''].map(partyKey)));
    const ids = [...values].filter((v) => UUID.test(v));
    const codes = [...values].filter((v) => /^[0-9A-Z]{18}$/.test(v));
    const found = await this.organizations.findByIdsOrCreditCodes(ids, codes);
    return new Map(found.flatMap((o) => [[o.id.toLowerCase(), o] as const, [o.creditCode, o] as const]));
  }

  private async store(
    caller: Caller,
    key: string | null,
    contentHash: string,
    filename: string,
    parsed: ParsedImportFile,
    prepared: PreparedRow[],
    errors: ImportRowError[],
  ): Promise<{ report: ImportReport; dealIds: string[] } | null> {
    return this.dataSource.transaction(async (manager) => {
      const importId = await this.imports.claim(manager, {
        createdByOrgId: caller.organizationId,
        createdByUserId: caller.userId,
        idempotencyKey: key,
        contentHash,
        filename,
      });
      if (!importId) return null;
      const dealIds: string[] = [];
      for (let i = 0; i < prepared.length; i += INSERT_CHUNK) {
        const chunk = prepared.slice(i, i + INSERT_CHUNK).map((p) => ({ p, values: newDeal(caller, importId, p) }));
        const inserted = await this.deals.insertMany(
          manager,
          chunk.map((c) => c.values),
        );
        for (const { p, values } of chunk) {
          const id = inserted.get(values.idempotencyKey);
          if (id) dealIds.push(id);
          else
            errors.push(
              rowError(
                p.row,
                { field: 'registrationNo', messages: ['this registration number was already imported (该技术合同登记号已导入)'] },
                parsed.columns,
              ),
            );
        }
      }
      errors.sort((a, b) => a.row - b.row);
      const rejected = new Set(errors.map((e) => e.row)).size;
      const report = { importId, accepted: dealIds.length, rejected, errors };
      await this.imports.saveReport(manager, importId, report);
      return { report, dealIds };
    });
  }

  /**
   * In bulk after the commit: one recording job per DEALS_RECORD_BATCH deals (one transaction
   * each), keyed by import and chunk so that a repeat adds nothing; with a batch of 1, the
   * ordinary one-deal job keyed by the deal. Whatever Redis does not take now, the pending-deals
   * sweeper sends later, one job per deal.
   */
  private async enqueue(importId: string, dealIds: string[]): Promise<void> {
    const size = this.config.deals.recordBatch;
    for (let i = 0; i < dealIds.length; i += size * JOBS_PER_ADD) {
      const slice = dealIds.slice(i, i + size * JOBS_PER_ADD);
      const sent =
        size === 1
          ? await this.producer.enqueueBulk(
              'deals.deal.record',
              slice.map((dealId) => ({ payload: { dealId }, jobId: dealId })),
            )
          : await this.producer.enqueueBulk(
              'deals.batch.record',
              Array.from({ length: Math.ceil(slice.length / size) }, (_, j) => ({
                payload: { dealIds: slice.slice(j * size, (j + 1) * size) },
                jobId: `import-${importId}-${(i + j * size) / size}`,
              })),
            );
      if (!sent) return;
    }
  }
}

function checkKey(key: string | undefined): string | null {
  if (key === undefined || key === '') return null;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw ValidationFailedError.forField('Idempotency-Key', 'Idempotency-Key must be 1–128 visible ASCII characters');
  }
  return key;
}

const partyKey = (value: string) => (UUID.test(value) ? value.toLowerCase() : value.toUpperCase());

/** Cell-level checks that come before the deal rules: length, and that the parties exist and may trade. */
function checkRow(row: ImportRow, orgs: Map<string, Organization>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  for (const column of IMPORT_COLUMNS) {
    const value = row.cells[column];
    if (value !== undefined && value.length > MAX_CELL_LENGTH)
      problems.push({ field: column, messages: [`${column} is longer than ${MAX_CELL_LENGTH} characters (内容过长)`] });
  }
  if (problems.length > 0) return problems;
  for (const column of ['buyer', 'seller'] as const) {
    const value = row.cells[column] ?? '';
    const org = orgs.get(partyKey(value));
    if (value === '')
      problems.push({ field: column, messages: [`${column} is required: an organization id or unified social credit code (必填)`] });
    else if (!org)
      problems.push({ field: column, messages: [`${column}: no registered organization has this id or credit code (未找到该单位)`] });
    else if (org.type === 'bureau') problems.push({ field: column, messages: [`${column}: the bureau cannot be a party to a deal`] });
  }
  if (!row.cells.field) problems.push({ field: 'field', messages: ['field is required in a file (技术领域必填)'] });
  return problems;
}

/** The row through the same rules as POST /deals. */
function prepare(row: ImportRow, orgs: Map<string, Organization>): PreparedRow | { problems: FieldProblem[] } {
  const c = row.cells;
  const buyer = orgs.get(partyKey(c.buyer!))!;
  const seller = orgs.get(partyKey(c.seller!))!;
  try {
    const deal = normalizeDealInput({
      buyerOrgId: buyer.id,
      sellerOrgId: seller.id,
      contractType: (CONTRACT_TYPE_BY_LABEL.get(c.contractType ?? '') ?? c.contractType ?? '') as ContractType,
      field: (FIELD_BY_LABEL.get(c.field ?? '') ?? c.field) as Field,
      amount: c.amount ?? '',
      technologyAmount: c.technologyAmount || undefined,
      signedAt: normalizeDate(c.signedAt ?? ''),
      registrationNo: c.registrationNo || null,
    }) as NormalizedDeal & { field: Field };
    const hash = requestHash({ ...deal, amountFen: deal.amountFen.toString(), technologyAmountFen: deal.technologyAmountFen.toString() });
    return { row: row.row, deal, seller, hash };
  } catch (error) {
    if (!(error instanceof ValidationFailedError)) throw error;
    return { problems: error.details?.errors ?? [] };
  }
}

/** Spreadsheets write dates as 2026/3/8, 2026-3-8, 2026.3.8 or 2026年3月8日: all become 2026-03-08. */
export function normalizeDate(value: string): string {
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : value;
}

function rowError(row: number, problem: FieldProblem, columns: ParsedImportFile['columns']): ImportRowError {
  const field = COLUMN_OF[problem.field] ?? problem.field;
  return { row, field, column: columns[field as ImportColumn] ?? null, messages: problem.messages };
}

function newDeal(caller: Caller, importId: string, p: PreparedRow): NewDeal {
  const d = p.deal;
  return {
    buyerOrgId: d.buyerOrgId,
    sellerOrgId: d.sellerOrgId,
    demandId: null,
    outcomeId: null,
    inquiryId: null,
    contractType: d.contractType,
    field: d.field,
    amountFen: d.amountFen.toString(),
    technologyAmountFen: d.technologyAmountFen.toString(),
    signedAt: d.signedAt,
    year: Number(d.signedAt.slice(0, 4)),
    month: Number(d.signedAt.slice(5, 7)),
    region: p.seller.region,
    registrationNo: d.registrationNo,
    createdByUserId: caller.userId,
    createdByOrgId: caller.organizationId,
    // A registered contract is imported once ever; a row without a number is once per file.
    idempotencyKey: d.registrationNo ? `reg:${d.registrationNo}` : `import:${importId}:${p.row}`,
    requestHash: p.hash,
  };
}

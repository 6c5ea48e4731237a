import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AccountsService, type Organization } from '@app/accounts';
import { ForbiddenError, ValidationFailedError } from '@app/common';
import { AppConfig } from '@app/config';
import { QueueProducer } from '@app/queue';
import { dealDraft } from './deal-draft.js';
import type { ImportReport, ImportRowError } from './deal-import.entity.js';
import { parseImportFile, type ImportRow, type ParsedImportFile } from './deal-import-file.js';
import { checkRows, partyKey, rowError, UUID, type PreparedRow } from './deal-import-rows.js';
import { DealImportsRepository } from './deal-imports.repository.js';
import type { Caller } from './deal-intake.service.js';
import { IDEMPOTENCY_KEY_PATTERN } from './deal-rules.js';
import { importKeyReused, registrationNoTakenMessage } from './deals.errors.js';
import { DealsRepository, type NewDeal } from './deals.repository.js';

export interface ImportFile {
  buffer: Buffer;
  filename: string;
}

export type ImportResult = ImportReport & { created: boolean };

const INSERT_CHUNK = 5000;
/** Jobs per addBulk call. */
const JOBS_PER_ADD = 500;

/**
 * Importing a file of registered contracts (the registration office's spreadsheet): every row
 * is checked by the same rules as POST /deals and needs its registration number; valid rows are
 * stored `registered` in bulk in one transaction with the file's report, then enqueued in bulk
 * for the recording worker. The file is idempotent by its Idempotency-Key and by its content; a
 * registration number a live deal holds (posted, or imported before) is a row error. This class
 * orchestrates; the row rules are in deal-import-rows.ts, and a row becomes the same deal draft
 * as POST /deals builds (deal-draft.ts).
 */
@Injectable()
export class DealImportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly imports: DealImportsRepository,
    private readonly accounts: AccountsService,
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
    const parsed = await parseImportFile(
      file.buffer,
      file.filename,
      this.config.deals.importMaxRows,
      this.config.deals.importMaxInflatedBytes,
    );
    const { prepared, errors } = checkRows(parsed, await this.lookUpParties(parsed.rows));
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

  /** All parties of the file in one query: organization ids or unified social credit codes. */
  private async lookUpParties(rows: ImportRow[]): Promise<Map<string, Organization>> {
    const values = new Set(rows.flatMap((r) => [r.cells.buyer ?? '', r.cells.seller ?? ''].map(partyKey)));
    const ids = [...values].filter((v) => UUID.test(v));
    const codes = [...values].filter((v) => /^[0-9A-Z]{18}$/.test(v));
    const found = await this.accounts.findOrganizations({ ids, creditCodes: codes });
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
        const chunk = prepared.slice(i, i + INSERT_CHUNK).map((p) => ({ p, values: draftOf(caller, importId, p) }));
        const inserted = await this.deals.insertManyRegistered(
          manager,
          chunk.map((c) => c.values),
          caller.organizationId,
        );
        for (const { p, values } of chunk) {
          const id = inserted.get(values.idempotencyKey);
          if (id) dealIds.push(id);
          else errors.push(rowError(p.row, { field: 'registrationNo', messages: [registrationNoTakenMessage] }, parsed.columns));
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
   * ordinary one-deal job keyed by the deal. Whatever Redis does not take now, the registered-deals
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

/** A prepared row as a registered deal of this import; its key is per file row. */
function draftOf(caller: Caller, importId: string, p: PreparedRow): NewDeal {
  // The registration number's unique index keeps a contract from counting twice.
  return dealDraft(p.deal, {
    field: p.deal.field,
    sellerRegion: p.seller.region,
    status: 'registered',
    caller,
    idempotencyKey: `import:${importId}:${p.row}`,
    requestHash: p.hash,
  });
}

/**
 * The rules of one row of an imported file of registered contracts, apart from any store: cell
 * lengths, the parties, the Chinese labels a spreadsheet uses, dates as spreadsheets write them,
 * duplicates within the file, and errors named by the file's own column headers.
 */
import type { Organization } from '@app/accounts';
import { CONTRACT_TYPE_LABELS, FIELD_LABELS, ValidationFailedError, type ContractType, type Field, type FieldProblem } from '@app/common';
import type { ImportRowError } from './deal-import.entity.js';
import { IMPORT_COLUMNS, MAX_CELL_LENGTH, type ImportColumn, type ImportRow, type ParsedImportFile } from './deal-import-file.js';
import { normalizeDealInput, type NormalizedDeal } from './deal-input.js';
import { requestHash } from './deal-rules.js';

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTRACT_TYPE_BY_LABEL = new Map(Object.entries(CONTRACT_TYPE_LABELS).map(([code, label]) => [label, code]));
const FIELD_BY_LABEL = new Map(Object.entries(FIELD_LABELS).map(([code, label]) => [label, code]));
/** Which file column a rule of the deal input speaks about. */
const COLUMN_OF: Record<string, ImportColumn> = { buyerOrgId: 'buyer', sellerOrgId: 'seller' };

export interface PreparedRow {
  row: number;
  deal: NormalizedDeal & { field: Field };
  seller: Organization;
  hash: string;
}

/** How a party cell is looked up: ids in lower case, credit codes in upper case. */
export const partyKey = (value: string) => (UUID.test(value) ? value.toLowerCase() : value.toUpperCase());

/**
 * Every row of a file through the row rules, against the parties found for it (by id and by
 * credit code): the rows to store, and the errors by row and column. A row repeating an earlier
 * one (the same deal, or the same registration number) is an error naming that row.
 */
export function checkRows(
  parsed: ParsedImportFile,
  orgs: Map<string, Organization>,
): { prepared: PreparedRow[]; errors: ImportRowError[] } {
  const errors: ImportRowError[] = [];
  const prepared: PreparedRow[] = [];
  const firstByHash = new Map<string, number>();
  const firstByRegistration = new Map<string, number>();
  for (const row of parsed.rows) {
    const problems = checkRow(row, orgs);
    const result = problems.length === 0 ? prepareRow(row, orgs) : { problems };
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

/** Cell-level checks that come before the deal rules: length, and that the parties exist and may trade. */
export function checkRow(row: ImportRow, orgs: Map<string, Organization>): FieldProblem[] {
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
  if (!row.cells.registrationNo)
    problems.push({
      field: 'registrationNo',
      messages: ['registrationNo is required: the file holds registered contracts (技术合同登记号必填)'],
    });
  return problems;
}

/** The row through the same rules as POST /deals: the checked deal, its seller and its hash, or its problems. */
export function prepareRow(row: ImportRow, orgs: Map<string, Organization>): PreparedRow | { problems: FieldProblem[] } {
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

export function rowError(row: number, problem: FieldProblem, columns: ParsedImportFile['columns']): ImportRowError {
  const field = COLUMN_OF[problem.field] ?? problem.field;
  return { row, field, column: columns[field as ImportColumn] ?? null, messages: problem.messages };
}

/**
 * Reading a file of registered contracts (CSV in UTF-8, with or without BOM, or XLSX) into rows
 * of named cells. Headers may be English field names or the Chinese column names a bureau's
 * spreadsheet uses. Problems with the file as a whole (encoding, headers, size) throw a
 * ValidationFailedError naming `file`; problems of single cells are left to row validation.
 */
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { ValidationFailedError } from '@app/common';

export const IMPORT_COLUMNS = [
  'buyer',
  'seller',
  'contractType',
  'field',
  'amount',
  'technologyAmount',
  'signedAt',
  'registrationNo',
] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['buyer', 'seller', 'contractType', 'amount', 'signedAt'];

/** Accepted header spellings, compared after trimming, lower-casing and dropping a unit such as "(元)". */
const HEADER_NAMES: Record<ImportColumn, string[]> = {
  buyer: ['buyer', 'buyerorgid', 'buyercreditcode', '买方', '买方单位', '委托方', '受让方', '买方统一社会信用代码'],
  seller: ['seller', 'sellerorgid', 'sellercreditcode', '卖方', '卖方单位', '受托方', '让与方', '卖方统一社会信用代码'],
  contractType: ['contracttype', '合同类型'],
  field: ['field', '技术领域'],
  amount: ['amount', '成交额', '合同成交额', '合同金额'],
  technologyAmount: ['technologyamount', '技术交易额'],
  signedAt: ['signedat', '签订日期', '签约日期'],
  registrationNo: ['registrationno', '登记号', '技术合同登记号'],
};

/** Longest cell accepted; anything longer is a row error, not a crash or a truncation. */
export const MAX_CELL_LENGTH = 200;

export interface ImportRow {
  /** Row number as a spreadsheet shows it: the header is row 1. */
  row: number;
  cells: Partial<Record<ImportColumn, string>>;
}

export interface ParsedImportFile {
  /** The header as written in the file, per recognised column (for error reports). */
  columns: Partial<Record<ImportColumn, string>>;
  rows: ImportRow[];
}

const fileError = (message: string) => ValidationFailedError.forField('file', message);

export async function parseImportFile(buffer: Buffer, filename: string, maxRows: number): Promise<ParsedImportFile> {
  const isZip = buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
  const table = isZip || /\.xlsx$/i.test(filename) ? await readXlsx(buffer) : readCsv(buffer);
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === '')) throw fileError('the file is empty: a header row is required (文件为空)');
  const { columns, indexes } = mapHeader(header);
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: ImportRow = { row: i + 2, cells: {} };
    for (const [column, index] of indexes) row.cells[column] = (cells[index] ?? '').trim();
    rows.push(row);
  });
  if (rows.length === 0) throw fileError('the file has no data rows (文件没有数据行)');
  if (rows.length > maxRows)
    throw fileError(`the file has ${rows.length} data rows; at most ${maxRows} are accepted per file (超过行数上限)`);
  return { columns, rows };
}

function mapHeader(header: string[]): { columns: Partial<Record<ImportColumn, string>>; indexes: [ImportColumn, number][] } {
  const columns: Partial<Record<ImportColumn, string>> = {};
  const indexes: [ImportColumn, number][] = [];
  header.forEach((raw, index) => {
    const name = normalizeHeader(raw);
    const column = IMPORT_COLUMNS.find((c) => HEADER_NAMES[c].includes(name));
    if (!column) return;
    if (columns[column] !== undefined)
      throw fileError(`the column ${column} appears twice ("${columns[column]}", "${raw.trim()}") (列重复)`);
    columns[column] = raw.trim();
    indexes.push([column, index]);
  });
  const missing = REQUIRED_IMPORT_COLUMNS.filter((c) => columns[c] === undefined);
  if (missing.length > 0) {
    const expected = missing.map((c) => `${c} (${HEADER_NAMES[c].find((n) => /\p{Script=Han}/u.test(n))})`).join(', ');
    throw fileError(`missing required columns: ${expected} (缺少必填列)`);
  }
  return { columns, indexes };
}

function normalizeHeader(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/[（(][^）)]*[）)]\s*$/, '')
    .replace(/[\s_-]/g, '')
    .toLowerCase();
}

function readCsv(buffer: Buffer): string[][] {
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    throw fileError('the file is UTF-16; save it as CSV UTF-8 (文件须为 UTF-8 编码)');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    throw fileError('the file is not valid UTF-8 (e.g. GBK); save it as CSV UTF-8 (文件须为 UTF-8 编码)');
  }
  if (text.includes('\u0000')) throw fileError('the file is not a CSV text file (文件不是 CSV 文本)');
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 64 * 1024 }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw fileError(`the CSV cannot be read${line ? ` at line ${line}` : ''}: ${(error as Error).message} (CSV 格式错误)`);
  }
}

async function readXlsx(buffer: Buffer): Promise<string[][]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw fileError('the file is not a readable XLSX workbook (无法读取 XLSX 文件)');
  }
  const sheet = book.worksheets[0];
  if (!sheet) throw fileError('the workbook has no worksheet (工作簿没有工作表)');
  const table: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => (values[col - 1] = cellText(cell.value)));
    table[rowNumber - 1] = Array.from(values, (v) => v ?? '');
  });
  return Array.from(table, (r) => r ?? []);
}

/**
 * A cell as text. Dates become YYYY-MM-DD; numbers their shortest decimal form (what Excel
 * shows; amount rules then refuse more than two decimals); a formula counts as its source text so
 * that it is refused by the column's rules rather than trusted.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return value;
  if ('formula' in value || 'sharedFormula' in value) return `=${'formula' in value ? value.formula : value.sharedFormula}`;
  if ('richText' in value) return value.richText.map((t) => t.text).join('');
  if ('text' in value) return String(value.text);
  if ('error' in value) return String(value.error);
  return '';
}

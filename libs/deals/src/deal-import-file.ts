/**
 * Reading a file of registered contracts (CSV in UTF-8, with or without BOM, or in GB18030 as
 * Excel saves it on a Chinese desktop; or XLSX) into rows of named cells. Headers may be English field names or the Chinese column names a bureau's
 * spreadsheet uses. Problems with the file as a whole (encoding, headers, size) throw a
 * ValidationFailedError naming `file`; problems of single cells are left to row validation.
 */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ValidationFailedError } from '@app/common';
import { DealsError } from './deals.errors.js';
import { readXlsxRows, XlsxTooLarge, XlsxTooManyRows } from './xlsx-reader.js';

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

/** Header cells are cut to this before they are compared: no header name is longer, and the clean-up stays linear. */
export const MAX_HEADER_LENGTH = 100;

/** Most bytes an XLSX file may inflate to unless the caller says otherwise. */
export const DEFAULT_MAX_INFLATED_BYTES = 256 * 1024 * 1024;

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

export async function parseImportFile(
  buffer: Buffer,
  filename: string,
  maxRows: number,
  maxInflatedBytes = DEFAULT_MAX_INFLATED_BYTES,
): Promise<ParsedImportFile> {
  const isZip = buffer.length >= 4 && buffer.readUInt32LE(0) === 0x04034b50;
  const table = isZip || /\.xlsx$/i.test(filename) ? await readXlsx(buffer, maxRows, maxInflatedBytes) : readCsv(buffer);
  const [header, ...body] = table;
  if (!header || header.every((h) => h.trim() === '')) throw fileError('the file is empty: a header row is required (文件为空)');
  const { columns, indexes } = mapHeader(header);
  const rows: ImportRow[] = [];
  body.forEach((cells, i) => {
    if (cells.every((c) => c.trim() === '')) return;
    const row: ImportRow = { row: i + 2, cells: {} };
    for (const [column, index] of indexes) row.cells[column] = (cells[index] ?? '').trim();
    for (const column of AMOUNT_COLUMNS) if (row.cells[column]) row.cells[column] = ungroupAmount(row.cells[column]);
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
    const name = normalizeHeader(raw.slice(0, MAX_HEADER_LENGTH));
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

const AMOUNT_COLUMNS = ['amount', 'technologyAmount'] as const;

/**
 * Spreadsheets show money with digit grouping: "1,250,000.00" becomes "1250000.00" when the
 * grouping is unambiguous — commas every three digits from the units, 1–3 digits before the
 * first — and anything else ("1,25", "12,50,000", "1,2500") is left as written for the amount
 * rules to refuse. A comma is never a decimal separator here: with three digits after it, it
 * could not be one (amounts have at most two decimals). The JSON API stays strict.
 */
export function ungroupAmount(cell: string): string {
  return /^\d{1,3}(,\d{3})+(\.\d{1,2})?$/.test(cell) ? cell.replaceAll(',', '') : cell;
}

function readCsv(buffer: Buffer): string[][] {
  if (buffer.length >= 2 && ((buffer[0] === 0xff && buffer[1] === 0xfe) || (buffer[0] === 0xfe && buffer[1] === 0xff))) {
    throw fileError('the file is UTF-16; save it as CSV UTF-8 or ANSI/GB18030 (文件须为 UTF-8 或 GB18030 编码)');
  }
  const text = decodeCsv(buffer);
  if (text.includes('\u0000')) throw fileError('the file is not a CSV text file (文件不是 CSV 文本)');
  try {
    return parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true, max_record_size: 64 * 1024 }) as string[][];
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    throw fileError(`the CSV cannot be read${line ? ` at line ${line}` : ''}: ${(error as Error).message} (CSV 格式错误)`);
  }
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a GB18030 file of Chinese text practically never is);
 * otherwise GB18030 — the superset of GBK and GB2312 that Excel writes as "CSV" on a Chinese
 * Windows desktop. Bytes that are neither leave U+FFFD behind and refuse the file.
 */
function decodeCsv(buffer: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buffer);
  } catch {
    // not UTF-8: try GB18030 below
  }
  const text = iconv.decode(buffer, 'gb18030', { stripBOM: true });
  if (text.includes('\uFFFD')) {
    throw fileError('the file is neither UTF-8 nor GB18030 text; save it as CSV UTF-8 (文件须为 UTF-8 或 GB18030 编码)');
  }
  return text;
}

/** The first worksheet, streamed: the zip's declared sizes are checked first, reading stops past the row cap. */
async function readXlsx(buffer: Buffer, maxRows: number, maxInflatedBytes: number): Promise<string[][]> {
  try {
    return await readXlsxRows(buffer, { maxRows, maxInflatedBytes });
  } catch (error) {
    if (error instanceof XlsxTooLarge) {
      const message = `the workbook would inflate to more than ${maxInflatedBytes} bytes (文件解压后过大)`;
      throw new DealsError('IMPORT_FILE_TOO_LARGE', `file: ${message}`, { errors: [{ field: 'file', messages: [message] }] });
    }
    if (error instanceof XlsxTooManyRows)
      throw fileError(`the file has more than ${maxRows} data rows; at most ${maxRows} are accepted per file (超过行数上限)`);
    throw fileError('the file is not a readable XLSX workbook (无法读取 XLSX 文件)');
  }
}

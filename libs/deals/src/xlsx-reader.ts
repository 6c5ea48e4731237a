/**
 * The first worksheet of an XLSX file as rows of text cells, read as a stream with bounded
 * memory. Before anything is inflated, the zip's central directory is read and a file that
 * declares more than `maxInflatedBytes` (a zip bomb: a few kilobytes that inflate to gigabytes)
 * is refused; yauzl then checks every entry against its declared size while inflating, so a
 * directory that lies is caught too. The sheet's XML is parsed with saxes and reading stops as
 * soon as the row cap is passed.
 */
import type { Readable } from 'node:stream';
import { SaxesParser } from 'saxes';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

export class XlsxTooLarge extends Error {}
export class XlsxUnreadable extends Error {}
export class XlsxTooManyRows extends Error {
  constructor(readonly maxRows: number) {
    super(`more than ${maxRows} data rows`);
  }
}

export interface XlsxLimits {
  /** Most bytes all entries may inflate to, as the central directory declares them. */
  maxInflatedBytes: number;
  /** Most data rows (the header row not counted); one more stops the reading. */
  maxRows: number;
}

/** Entries of the zip by name, from the central directory alone. */
async function openZip(buffer: Buffer, limits: XlsxLimits): Promise<{ zip: ZipFile; entries: Map<string, Entry> }> {
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(buffer, { lazyEntries: true, validateEntrySizes: true, strictFileNames: false }, (error, z) =>
      error || !z ? reject(new XlsxUnreadable(error?.message ?? 'not a zip file')) : resolve(z),
    ),
  );
  const entries = new Map<string, Entry>();
  let declared = 0;
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: Entry) => {
      declared += entry.uncompressedSize;
      if (declared > limits.maxInflatedBytes) {
        zip.close();
        return reject(new XlsxTooLarge(`the workbook would inflate to more than ${limits.maxInflatedBytes} bytes`));
      }
      entries.set(entry.fileName, entry);
      zip.readEntry();
    });
    zip.once('end', () => resolve());
    zip.once('error', (error: Error) => reject(new XlsxUnreadable(error.message)));
    zip.readEntry();
  });
  return { zip, entries };
}

function entryStream(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (error, stream) =>
      error || !stream ? reject(new XlsxUnreadable(error?.message ?? 'unreadable entry')) : resolve(stream),
    ),
  );
}

type Handlers = {
  open?: (name: string, attributes: Record<string, string>) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
};

/** Streams one entry's XML through the handlers; `stop()` inside a handler ends the reading early. */
async function parseEntry(zip: ZipFile, entry: Entry | undefined, handlers: (stop: () => void) => Handlers): Promise<void> {
  if (!entry) return;
  const stream = await entryStream(zip, entry);
  const parser = new SaxesParser();
  let stopped = false;
  const stop = () => {
    stopped = true;
  };
  const h = handlers(stop);
  if (h.open) parser.on('opentag', (tag) => h.open!(localName(tag.name), tag.attributes as Record<string, string>));
  if (h.close) parser.on('closetag', (tag) => h.close!(localName(tag.name)));
  if (h.text) {
    parser.on('text', h.text);
    parser.on('cdata', h.text);
  }
  try {
    for await (const chunk of stream) {
      parser.write((chunk as Buffer).toString('utf8'));
      if (stopped) break;
    }
    if (!stopped) parser.close();
  } catch (error) {
    if (error instanceof XlsxTooManyRows || error instanceof XlsxTooLarge) throw error;
    throw new XlsxUnreadable((error as Error).message);
  } finally {
    stream.destroy();
  }
}

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** The path of the first sheet, from the workbook and its relationships. */
async function firstSheetPath(zip: ZipFile, entries: Map<string, Entry>): Promise<string> {
  let relId: string | undefined;
  await parseEntry(zip, entries.get('xl/workbook.xml'), (stop) => ({
    open: (name, a) => {
      if (name === 'sheet' && relId === undefined) {
        relId = a['r:id'] ?? Object.entries(a).find(([k]) => k.endsWith(':id'))?.[1];
        stop();
      }
    },
  }));
  let target: string | undefined;
  await parseEntry(zip, entries.get('xl/_rels/workbook.xml.rels'), (stop) => ({
    open: (name, a) => {
      if (name === 'Relationship' && a.Id === relId) {
        target = a.Target;
        stop();
      }
    },
  }));
  if (!target) return 'xl/worksheets/sheet1.xml';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`.replace(/\/\.\//g, '/');
}

async function sharedStrings(zip: ZipFile, entry: Entry | undefined): Promise<string[]> {
  const strings: string[] = [];
  let current = '';
  let inText = false;
  let phonetic = 0;
  await parseEntry(zip, entry, () => ({
    open: (name) => {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    close: (name) => {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current);
    },
    text: (text) => {
      if (inText) current += text;
    },
  }));
  return strings;
}

// Built-in number formats that are dates or times (ECMA-376 §18.8.30).
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57]);

/** Which cell styles (`s` indexes) format their number as a date. */
async function dateStyles(zip: ZipFile, entry: Entry | undefined): Promise<Set<number>> {
  const customDates = new Set<number>();
  const styles: number[] = [];
  let inCellXfs = false;
  await parseEntry(zip, entry, () => ({
    open: (name, a) => {
      if (name === 'numFmt' && isDateFormatCode(a.formatCode ?? '')) customDates.add(Number(a.numFmtId));
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) styles.push(Number(a.numFmtId ?? 0));
    },
    close: (name) => {
      if (name === 'cellXfs') inCellXfs = false;
    },
  }));
  const out = new Set<number>();
  styles.forEach((fmt, index) => {
    if (BUILTIN_DATE_FORMATS.has(fmt) || customDates.has(fmt)) out.add(index);
  });
  return out;
}

function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyhs]/i.test(bare) && !/^general$/i.test(bare);
}

/** An Excel serial day (1900 system) as YYYY-MM-DD, as ExcelJS reads it. */
function serialDate(serial: number): string {
  return new Date(Math.round((serial - 25569) * 86400 * 1000)).toISOString().slice(0, 10);
}

/** Column index (0-based) of a cell reference such as `C12`. */
function columnOf(ref: string | undefined, fallback: number): number {
  const letters = /^([A-Z]+)/.exec(ref ?? '')?.[1];
  if (!letters) return fallback;
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * Rows of the first worksheet as text: shared and inline strings as written, numbers in their
 * shortest decimal form, date-formatted numbers as YYYY-MM-DD, booleans as true/false, errors
 * as their code, and a formula as `=` and its source (so that column rules refuse it).
 */
export async function readXlsxRows(buffer: Buffer, limits: XlsxLimits): Promise<string[][]> {
  const { zip, entries } = await openZip(buffer, limits);
  try {
    const sheetPath = await firstSheetPath(zip, entries);
    const sheet = entries.get(sheetPath);
    if (!sheet) throw new XlsxUnreadable('the workbook has no worksheet');
    const strings = await sharedStrings(zip, entries.get('xl/sharedStrings.xml'));
    const dates = await dateStyles(zip, entries.get('xl/styles.xml'));
    return await sheetRows(zip, sheet, strings, dates, limits.maxRows);
  } finally {
    zip.close();
  }
}

async function sheetRows(zip: ZipFile, sheet: Entry, strings: string[], dates: Set<number>, maxRows: number): Promise<string[][]> {
  const table: string[][] = [];
  let row: string[] | null = null;
  let rowIndex = -1;
  let dataRows = 0;
  let cell: { column: number; type: string; style: number } | null = null;
  let value = '';
  let formula: string | null = null;
  let inValue = false;
  let inFormula = false;
  let inInline = false;
  await parseEntry(zip, sheet, () => ({
    open: (name, a) => {
      if (name === 'row') {
        rowIndex = a.r ? Number(a.r) - 1 : rowIndex + 1;
        row = [];
      } else if (name === 'c' && row) {
        cell = { column: columnOf(a.r, row.length), type: a.t ?? 'n', style: Number(a.s ?? 0) };
        value = '';
        formula = null;
      } else if (name === 'v') inValue = true;
      else if (name === 'f') {
        inFormula = true;
        formula = '';
      } else if (name === 'is') inInline = true;
    },
    text: (text) => {
      if (inFormula) formula += text;
      else if (inValue || inInline) value += text;
    },
    close: (name) => {
      if (name === 'v') inValue = false;
      else if (name === 'f') inFormula = false;
      else if (name === 'is') inInline = false;
      else if (name === 'c' && cell && row) {
        row[cell.column] = cellValue(cell, value, formula, strings, dates);
        cell = null;
      } else if (name === 'row' && row) {
        const filled = Array.from(row, (v) => v ?? '');
        table[rowIndex] = filled;
        if (rowIndex > 0 && filled.some((c) => c.trim() !== '') && ++dataRows > maxRows) throw new XlsxTooManyRows(maxRows);
        row = null;
      }
    },
  }));
  return Array.from(table, (r) => r ?? []);
}

function cellValue(
  cell: { type: string; style: number },
  value: string,
  formula: string | null,
  strings: string[],
  dates: Set<number>,
): string {
  if (formula !== null) return `=${formula}`;
  switch (cell.type) {
    case 's':
      return strings[Number(value)] ?? '';
    case 'inlineStr':
    case 'str':
      return value;
    case 'b':
      return value === '1' ? 'true' : 'false';
    case 'e':
      return value;
    default: {
      if (value === '') return '';
      const n = Number(value);
      if (!Number.isFinite(n)) return value;
      return dates.has(cell.style) ? serialDate(n) : String(n);
    }
  }
}

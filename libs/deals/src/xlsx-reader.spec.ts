import ExcelJS from 'exceljs';
import { buildXlsx, sheetXml } from '../test/zip-builder.js';
import { MAX_HEADER_LENGTH, parseImportFile } from './deal-import-file.js';
import { readXlsxRows, XlsxTooLarge, XlsxTooManyRows, XlsxUnreadable } from './xlsx-reader.js';

const MiB = 1024 * 1024;
const limits = { maxInflatedBytes: 64 * MiB, maxRows: 1000 };
const HEADER = ['买方', '卖方', '合同类型', '成交额', '签订日期'];

describe('readXlsxRows', () => {
  it('reads what ExcelJS writes: shared and rich strings, numbers, dates, booleans, formulas', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('合同');
    sheet.addRow(['买方', '成交额', '签订日期', '确认', '公式']);
    sheet.addRow([
      { richText: [{ text: '青岚' }, { font: { bold: true }, text: '茶业' }] },
      1250000.5,
      new Date(Date.UTC(2026, 2, 18)),
      true,
      { formula: 'B2*2', result: 2501001 },
    ]);
    sheet.getCell('C2').numFmt = 'yyyy-mm-dd';
    sheet.addRow([]);
    sheet.getCell('E4').value = 'only E';
    const rows = await readXlsxRows(Buffer.from(await book.xlsx.writeBuffer()), limits);
    expect(rows[0]).toEqual(['买方', '成交额', '签订日期', '确认', '公式']);
    expect(rows[1]).toEqual(['青岚茶业', '1250000.5', '2026-03-18', 'true', '=B2*2']);
    expect(rows[3]).toEqual(['', '', '', '', 'only E']);
  });

  it('refuses a small file whose directory declares more than the limit, before inflating anything', async () => {
    // 8 MiB of white space between the rows deflates to a few kilobytes.
    const file = buildXlsx(sheetXml([HEADER], ' '.repeat(8 * MiB)));
    expect(file.length).toBeLessThan(64 * 1024);
    await expect(readXlsxRows(file, { maxInflatedBytes: 1 * MiB, maxRows: 100_000 })).rejects.toBeInstanceOf(XlsxTooLarge);
  });

  it('stops inflating an entry that inflates past what its directory declares', async () => {
    const file = buildXlsx(sheetXml([HEADER], ' '.repeat(64 * MiB)), { sheetDeclaredSize: 1000 });
    const before = process.memoryUsage().heapUsed;
    await expect(readXlsxRows(file, { maxInflatedBytes: 1 * MiB, maxRows: 100_000 })).rejects.toBeInstanceOf(XlsxUnreadable);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(32 * MiB);
  });

  it('stops reading at the row cap: what lies beyond is never parsed', async () => {
    const rows = [HEADER, ...Array.from({ length: 20 }, () => ['甲', '乙', 'service', '1.00', '2026-01-01'])];
    // Broken XML after the rows: reading that far would be a parse error, not a row-cap error.
    const file = buildXlsx(sheetXml(rows, '<row><c></row></broken'));
    await expect(readXlsxRows(file, { ...limits, maxRows: 10 })).rejects.toBeInstanceOf(XlsxTooManyRows);
    await expect(readXlsxRows(file, { ...limits, maxRows: 100 })).rejects.toBeInstanceOf(XlsxUnreadable);
  });

  it('refuses what is not a workbook', async () => {
    await expect(readXlsxRows(Buffer.from('PK\u0003\u0004 not really'), limits)).rejects.toBeInstanceOf(XlsxUnreadable);
  });
});

describe('parseImportFile', () => {
  it('caps header cells before cleaning them up, so a hostile header costs nothing', async () => {
    const data = ['x', '甲', '乙', 'service', '1.00', '2026-01-01'];
    // Cleaned up whole, the underscores before 买方 would go and the name would match; capped
    // first, the name lies beyond the cap and the column is missing. (Uncapped, 40,000 "(" cost
    // about 0.64 s of the clean-up's pattern: some sixty times a whole small file.)
    const padded = buildXlsx(sheetXml([['备注', '_'.repeat(MAX_HEADER_LENGTH) + HEADER[0], ...HEADER.slice(1)], data]));
    await expect(parseImportFile(padded, 'contracts.xlsx', 10)).rejects.toThrow(/missing required columns: buyer/);
    const hostile = buildXlsx(sheetXml([['('.repeat(40_000), ...HEADER], data]));
    const parsed = await parseImportFile(hostile, 'contracts.xlsx', 10);
    expect(parsed.rows).toHaveLength(1);
    expect(parsed.rows[0].cells).toMatchObject({ buyer: '甲', seller: '乙', amount: '1.00' });
  });

  it('answers a zip bomb with a 413-coded error naming the file', async () => {
    const file = buildXlsx(sheetXml([HEADER], ' '.repeat(8 * MiB)));
    await expect(parseImportFile(file, 'bomb.xlsx', 100_000, 1 * MiB)).rejects.toMatchObject({
      code: 'IMPORT_FILE_TOO_LARGE',
      details: { errors: [{ field: 'file', messages: [expect.stringContaining('inflate')] }] },
    });
  });

  it('answers more rows than the cap with a 400 naming the file', async () => {
    const file = buildXlsx(sheetXml([HEADER, ...Array.from({ length: 11 }, () => ['甲', '乙', 'service', '1.00', '2026-01-01'])]));
    await expect(parseImportFile(file, 'many.xlsx', 10)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'file', messages: [expect.stringContaining('more than 10 data rows')] }] },
    });
  });
});

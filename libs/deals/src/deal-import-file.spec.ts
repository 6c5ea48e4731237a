import iconv from 'iconv-lite';
import { ValidationFailedError } from '@app/common';
import { parseImportFile, ungroupAmount } from './deal-import-file.js';

const header = '买方,卖方,合同类型,技术领域,成交额(元),签订日期';
const row = '91330000MA2A1B2C3D,青岚农科院,技术开发,现代农业,"1,250,000.00",2026年3月8日';

describe('ungroupAmount', () => {
  it.each([
    ['1,250,000.00', '1250000.00'],
    ['1,000', '1000'],
    ['999,999.5', '999999.5'],
    ['12,345,678', '12345678'],
    ['1250000.00', '1250000.00'],
  ])('reads %s as %s', (cell, amount) => expect(ungroupAmount(cell)).toBe(amount));

  it.each([['1,25'], ['12,50,000'], ['1,2500'], ['1234,567'], [',100'], ['1,000,'], ['1,000.001'], ['1,,000'], ['1，000'], ['-1,000']])(
    'leaves the ambiguous %s as written',
    (cell) => expect(ungroupAmount(cell)).toBe(cell),
  );
});

describe('parseImportFile', () => {
  it('reads a GB18030 CSV as Excel saves it on a Chinese desktop', async () => {
    const bytes = iconv.encode(`${header}\r\n${row}\r\n`, 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const parsed = await parseImportFile(bytes, 'contracts.csv', 10);
    expect(parsed.columns.amount).toBe('成交额(元)');
    expect(parsed.rows).toEqual([
      {
        row: 2,
        cells: {
          buyer: '91330000MA2A1B2C3D',
          seller: '青岚农科院',
          contractType: '技术开发',
          field: '现代农业',
          amount: '1250000.00',
          signedAt: '2026年3月8日',
        },
      },
    ]);
  });

  it('reads the same text in UTF-8 to the same rows', async () => {
    const gb = await parseImportFile(iconv.encode(`${header}\n${row}\n`, 'gb18030'), 'a.csv', 10);
    const utf8 = await parseImportFile(Buffer.from(`\uFEFF${header}\n${row}\n`, 'utf8'), 'a.csv', 10);
    expect(utf8).toEqual(gb);
  });

  it('refuses bytes that are neither UTF-8 nor GB18030, naming the file', async () => {
    const bytes = Buffer.concat([iconv.encode(`${header}\n`, 'gb18030'), Buffer.from([0xff, 0xff, 0x0a])]);
    await expect(parseImportFile(bytes, 'a.csv', 10)).rejects.toThrow(ValidationFailedError);
    await expect(parseImportFile(bytes, 'a.csv', 10)).rejects.toThrow(/GB18030/);
  });
});

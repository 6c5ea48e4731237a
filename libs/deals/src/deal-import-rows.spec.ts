import type { Organization } from '@app/accounts';
import { registrationNo } from '../test/deals.factory.js';
import type { ImportRow, ParsedImportFile } from './deal-import-file.js';
import { checkRow, checkRows, normalizeDate, partyKey, prepareRow } from './deal-import-rows.js';

const org = (id: string, type: Organization['type'], creditCode: string, region = '331127') =>
  ({ id, type, creditCode, region, name: type }) as Organization;
const buyer = org('0b9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f', 'enterprise', '91331127MA2AAAAAA1');
const seller = org('1c9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f', 'institution', '12331127MB2BBBBBB2', '331102');
const bureau = org('2d9c6b0e-6f7e-4d7a-9d53-2a1b3c4d5e6f', 'bureau', '11331127MB1234567Y');
const orgs = new Map([buyer, seller, bureau].flatMap((o) => [[o.id, o] as const, [o.creditCode, o] as const]));
const columns: ParsedImportFile['columns'] = {
  buyer: '买方',
  seller: '卖方',
  amount: '成交额(元)',
  registrationNo: '技术合同登记号',
  field: '技术领域',
};

let rowNumber = 1;
const row = (cells: ImportRow['cells'] = {}): ImportRow => ({
  row: ++rowNumber,
  cells: {
    buyer: buyer.creditCode,
    seller: seller.id,
    contractType: '技术开发',
    field: '现代农业',
    amount: '1000.00',
    signedAt: '2019/3/8',
    registrationNo: registrationNo(2019),
    ...cells,
  },
});
const fieldsOf = (cells: ImportRow['cells']) => checkRow(row(cells), orgs).map((p) => p.field);

describe('normalizeDate', () => {
  it.each(['2019/3/8', '2019-3-8', '2019.3.8', '2019年3月8日', '2019-03-08'])('reads %s as 2019-03-08', (value) => {
    expect(normalizeDate(value)).toBe('2019-03-08');
  });

  it('leaves what is no date for the deal rules to refuse', () => {
    expect(normalizeDate('3/8/2019')).toBe('3/8/2019');
  });
});

describe('partyKey', () => {
  it('looks ids up in lower case and credit codes in upper case', () => {
    expect(partyKey(buyer.id.toUpperCase())).toBe(buyer.id);
    expect(partyKey(buyer.creditCode.toLowerCase())).toBe(buyer.creditCode);
  });
});

describe('checkRow', () => {
  it('passes a row whose parties exist and may trade', () => {
    expect(fieldsOf({})).toEqual([]);
  });

  it('rejects unknown, missing and bureau parties naming their column', () => {
    expect(fieldsOf({ buyer: '91331127MA2XXXXXX0', seller: '' })).toEqual(['buyer', 'seller']);
    expect(fieldsOf({ seller: bureau.creditCode })).toEqual(['seller']);
  });

  it('rejects a row without field or registration number: a file holds registered contracts', () => {
    expect(fieldsOf({ field: '', registrationNo: '' })).toEqual(['field', 'registrationNo']);
  });

  it('rejects an overlong cell before anything else', () => {
    expect(fieldsOf({ amount: '9'.repeat(201), buyer: '' })).toEqual(['amount']);
  });
});

describe('prepareRow', () => {
  it('maps Chinese labels to codes, money to fen, and takes the seller for the region', () => {
    const result = prepareRow(row({ contractType: '技术服务', field: '电子信息', amount: '88.80', technologyAmount: '80.00' }), orgs);
    expect(result).toMatchObject({
      deal: {
        buyerOrgId: buyer.id,
        sellerOrgId: seller.id,
        contractType: 'service',
        field: 'electronics',
        amountFen: 8880n,
        technologyAmountFen: 8000n,
      },
      seller: { region: '331102' },
    });
  });

  it('answers the deal rules’ problems instead of throwing', () => {
    expect(prepareRow(row({ amount: '12.345' }), orgs)).toEqual({ problems: [expect.objectContaining({ field: 'amount' })] });
  });

  it('hashes the same deal the same way', () => {
    const reg = registrationNo(2019);
    const a = prepareRow(row({ registrationNo: reg }), orgs);
    const b = prepareRow(row({ registrationNo: reg, signedAt: '2019-03-08' }), orgs);
    expect('hash' in a && 'hash' in b && a.hash === b.hash).toBe(true);
  });
});

describe('checkRows', () => {
  it('keeps the valid rows and names each bad row by its row and the file’s header', () => {
    const good = row();
    const unknownBuyer = row({ buyer: '91331127MA2XXXXXX0' });
    const badAmount = row({ amount: '-1' });
    const { prepared, errors } = checkRows({ columns, rows: [good, unknownBuyer, badAmount] }, orgs);
    expect(prepared.map((p) => p.row)).toEqual([good.row]);
    expect(errors.map((e) => [e.row, e.field, e.column])).toEqual([
      [unknownBuyer.row, 'buyer', '买方'],
      [badAmount.row, 'amount', '成交额(元)'],
    ]);
  });

  it('refuses a repeated registration number and a repeated deal, naming the first row', () => {
    const reg = registrationNo(2019);
    const first = row({ registrationNo: reg });
    const sameNumber = row({ registrationNo: reg, amount: '5.00' });
    const { prepared, errors } = checkRows({ columns, rows: [first, sameNumber] }, orgs);
    expect(prepared).toHaveLength(1);
    expect(errors).toEqual([
      {
        row: sameNumber.row,
        field: 'registrationNo',
        column: '技术合同登记号',
        messages: [`duplicates row ${first.row} (与第 ${first.row} 行重复)`],
      },
    ]);
  });
});

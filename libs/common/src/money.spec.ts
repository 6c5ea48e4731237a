import { formatFen, formatFenGrouped, parseYuan } from './money.js';

describe('parseYuan', () => {
  it.each([
    ['1250000.00', 125000000n],
    ['1', 100n],
    ['0.01', 1n],
    ['12.5', 1250n],
    ['1000000000000', 100000000000000n],
  ])('parses %s', (input, fen) => expect(parseYuan(input)).toEqual({ fen }));

  it.each([
    ['0', 'zero'],
    ['0.00', 'zero'],
    ['-5', 'format'],
    ['1.001', 'format'],
    ['abc', 'format'],
    ['1,000', 'format'],
    ['1e21', 'format'],
    ['01', 'format'],
    [' 1', 'format'],
    ['1.', 'format'],
    ['1000000000000.01', 'too_large'],
  ])('rejects %s (%s)', (input, problem) => expect(parseYuan(input)).toEqual({ problem }));

  it('rejects numbers: amounts travel as strings', () => {
    expect(parseYuan(100)).toEqual({ problem: 'not_a_string' });
    expect(parseYuan(1e21)).toEqual({ problem: 'not_a_string' });
  });

  it('allows zero when asked', () => expect(parseYuan('0', { allowZero: true })).toEqual({ fen: 0n }));
});

describe('formatFen', () => {
  it.each([
    [125000050n, '1250000.50'],
    [1n, '0.01'],
    [0n, '0.00'],
    [-250n, '-2.50'],
    ['9007199254740993', '90071992547409.93'],
  ])('formats %s', (fen, text) => expect(formatFen(fen)).toBe(text));
});

describe('formatFenGrouped', () => {
  it.each([
    [6794746600n, '67,947,466.00'],
    [100n, '1.00'],
    [-123456789n, '-1,234,567.89'],
  ])('groups %s', (fen, text) => expect(formatFenGrouped(fen)).toBe(text));
});

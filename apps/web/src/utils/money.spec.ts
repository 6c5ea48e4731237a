import { formatFenGrouped, formatWan, formatYuan, percentOf, toFen, wanForChart } from './money.js';

describe('web money display', () => {
  describe('toFen', () => {
    it('parses decimal strings exactly', () => {
      expect(toFen('1250000.5')).toBe(125000050n);
      expect(toFen('0.01')).toBe(1n);
      expect(toFen('-3.20')).toBe(-320n);
      expect(toFen('90071992547409.93')).toBe(9007199254740993n); // beyond 2^53 in fen: no float rounding
    });
    it('rejects what is not an amount', () => {
      expect(toFen('1,000')).toBeUndefined();
      expect(toFen('1e6')).toBeUndefined();
      expect(toFen(null)).toBeUndefined();
    });
  });

  describe('formatYuan', () => {
    it('groups thousands by string manipulation and keeps two decimals', () => {
      expect(formatYuan('1234567.89')).toBe('1,234,567.89');
      expect(formatYuan('100')).toBe('100.00');
      expect(formatYuan('999999999999.99')).toBe('999,999,999,999.99');
      expect(formatFenGrouped(-123456n)).toBe('-1,234.56');
    });
    it('returns null for a missing amount (面议)', () => {
      expect(formatYuan(null)).toBeNull();
    });
  });

  describe('formatWan', () => {
    it('rounds half up to two decimals of 万元', () => {
      expect(formatWan('1234567.89')).toBe('123.46');
      expect(formatWan('50000.00')).toBe('5.00');
      expect(formatWan('49.99')).toBe('0.00');
      expect(formatWan('150000000.00')).toBe('15,000.00');
    });
  });

  describe('percentOf', () => {
    it('computes progress from exact amounts to one decimal', () => {
      expect(percentOf('63500000.00', '100000000.00')).toBe('63.5');
      expect(percentOf('1.00', '3.00')).toBe('33.3');
      expect(percentOf('1.00', '0.00')).toBeNull();
    });
  });

  it('gives charts 万元 numbers', () => {
    expect(wanForChart('1234567.89')).toBeCloseTo(123.4567, 4);
    expect(wanForChart(null)).toBe(0);
  });
});

import { normalizePatentNumber, patentCheckChar } from './patent-number.js';

describe('normalizePatentNumber', () => {
  it('computes the check character of the documented example', () => {
    expect(patentCheckChar('201310699744')).toBe('2');
  });

  it.each([
    ['201310699744.2', '201310699744.2'],
    ['CN201310699744.2', '201310699744.2'],
    ['zl 201310699744.2', '201310699744.2'],
    ['2013106997442', '201310699744.2'],
  ])('accepts %s as %s', (input, normal) => expect(normalizePatentNumber(input)).toBe(normal));

  it('writes a check value of 10 as X', () => {
    // find a serial whose check is X and make sure it round-trips
    let digits = '';
    for (let serial = 0; serial < 100; serial++) {
      const candidate = `2019201${String(serial).padStart(5, '0')}`;
      if (patentCheckChar(candidate) === 'X') {
        digits = candidate;
        break;
      }
    }
    expect(digits).not.toBe('');
    expect(normalizePatentNumber(`${digits}.X`)).toBe(`${digits}.X`);
    expect(normalizePatentNumber(`${digits}.0`)).toBeNull();
  });

  it.each([
    ['201310699744.3', 'wrong check character'],
    ['201340699744.2', 'type digit 4 does not exist'],
    ['199910699744.2', 'before 2003'],
    ['20131069974.2', 'too short'],
    ['US201310699744.2', 'foreign prefix'],
    ['201310699744,2', 'wrong separator'],
  ])('rejects %s (%s)', (input) => expect(normalizePatentNumber(input)).toBeNull());

  it('rejects a year in the future', () => {
    expect(normalizePatentNumber('201310699744.2', new Date('2012-06-01T00:00:00Z'))).toBeNull();
  });
});

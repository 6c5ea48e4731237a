import { neutralizeCell } from './exports.service.js';

describe('neutralizeCell', () => {
  it.each(["=cmd|' /C calc'!A0", '+SUM(A1)', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])('writes %j as text', (value) => {
    expect(neutralizeCell(value)).toBe(`'${value}`);
  });

  it.each(['-1250.00', '1250.00', '科技局', 'a=b', 12])('leaves %j as it is', (value) => {
    expect(neutralizeCell(value)).toBe(value);
  });
});

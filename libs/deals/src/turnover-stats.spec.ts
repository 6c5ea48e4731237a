import { paceNeeded, percent, seasonalPace } from './turnover-stats.service.js';

describe('percent', () => {
  it.each([
    [1n, 3n, 33.33],
    [2n, 3n, 66.67],
    [300051n, 1000000n, 30.01],
    [5n, 5n, 100],
    [0n, 7n, 0],
    [3n, 0n, null],
  ])('%s / %s → %s', (part, whole, expected) => expect(percent(part, whole)).toBe(expected));

  it('stays exact far beyond float precision', () => expect(percent(9_007_199_254_740_993n, 9_007_199_254_740_993n * 4n)).toBe(25));
});

describe('paceNeeded', () => {
  it('spreads what remains over the days and months left, today and this month included', () => {
    expect(paceNeeded(2026, 3500n, '2026-12-31')).toEqual({
      remaining: '35.00',
      remainingDays: 1,
      remainingMonths: 1,
      perDay: '35.00',
      perMonth: '35.00',
    });
    expect(paceNeeded(2026, 100n, '2026-11-01')).toMatchObject({ remainingDays: 61, remainingMonths: 2, perDay: '0.02', perMonth: '0.50' });
  });

  it('uses the whole year for a future year and nothing for a past one', () => {
    expect(paceNeeded(2028, 36600n, '2026-05-05')).toMatchObject({ remainingDays: 366, remainingMonths: 12, perDay: '1.00' });
    expect(paceNeeded(2020, 100n, '2026-05-05')).toMatchObject({ remainingDays: 0, perDay: null, perMonth: null });
  });

  it('needs nothing once the target is reached', () =>
    expect(paceNeeded(2026, -500n, '2026-06-01')).toMatchObject({ remaining: '0.00', perDay: '0.00' }));
});

describe('seasonalPace', () => {
  it("spreads the target in the earlier years' monthly shares, reaching it in December", () => {
    // Earlier years: a quarter of the turnover in June, three quarters in December.
    const pace = seasonalPace(
      100000n,
      new Map([
        [6, 250n],
        [12, 750n],
      ]),
    )!;
    expect(pace.slice(0, 5)).toEqual(['0.00', '0.00', '0.00', '0.00', '0.00']);
    expect(pace[5]).toBe('250.00');
    expect(pace[10]).toBe('250.00');
    expect(pace[11]).toBe('1000.00');
  });

  it('floors to the fen, exactly', () =>
    expect(
      seasonalPace(
        100n,
        new Map([
          [1, 1n],
          [2, 2n],
        ]),
      )!.slice(0, 2),
    ).toEqual(['0.33', '1.00']));

  it('is absent without a target or an earlier year with turnover', () => {
    expect(seasonalPace(null, new Map([[1, 5n]]))).toBeNull();
    expect(seasonalPace(100n, new Map())).toBeNull();
    expect(
      seasonalPace(
        100n,
        new Map([
          [3, 5n],
          [4, -5n],
        ]),
      ),
    ).toBeNull();
  });
});

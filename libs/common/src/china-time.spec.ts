import { dateInChina, endOfDayInChina, todayInChina } from './china-time.js';

describe('todayInChina', () => {
  it('turns to the next day at 16:00 UTC (midnight in China)', () => {
    expect(todayInChina(new Date('2026-03-01T15:59:59Z'))).toBe('2026-03-01');
    expect(todayInChina(new Date('2026-03-01T16:00:00Z'))).toBe('2026-03-02');
  });
});

describe('endOfDayInChina', () => {
  it('is 23:59:59 in China, 15:59:59 UTC', () => {
    expect(endOfDayInChina('2027-06-30')).toBe(Date.UTC(2027, 5, 30, 15, 59, 59) / 1000);
  });
});

describe('dateInChina', () => {
  it('gives back the day endOfDayInChina was given', () => {
    for (const date of ['2026-01-01', '2027-06-30', '2028-02-29', '2030-12-31']) expect(dateInChina(endOfDayInChina(date))).toBe(date);
  });

  it('reads a UTC evening as the next day', () => expect(dateInChina(Date.UTC(2026, 0, 1, 17, 0, 0) / 1000)).toBe('2026-01-02'));
});

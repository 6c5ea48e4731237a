import { todayInChina } from '@app/common';
import { deadlineProblem, isCalendarDate, normalizeMainlandPhone } from './contact-rules.js';

describe('normalizeMainlandPhone', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+8613812345678', '13812345678'],
    ['138 1234 5678', '13812345678'],
    ['0578-6123456', '0578-6123456'],
    ['010-87654321-123', '010-87654321-123'],
  ])('accepts %s', (input, normal) => expect(normalizeMainlandPhone(input)).toBe(normal));

  it.each(['12812345678', '1381234567', '578-6123456', 'phone', '+1 415 555 0100'])('rejects %s', (input) =>
    expect(normalizeMainlandPhone(input)).toBeNull(),
  );
});

describe('deadlineProblem', () => {
  const now = new Date('2026-03-01T20:00:00Z'); // already 2 March in China

  it('uses the date in China', () => expect(todayInChina(now)).toBe('2026-03-02'));
  it('accepts today and later', () => {
    expect(deadlineProblem('2026-03-02', now)).toBeNull();
    expect(deadlineProblem('2027-01-31', now)).toBeNull();
  });
  it('rejects the past', () => expect(deadlineProblem('2026-03-01', now)).toMatch(/past/));
  it('rejects dates that do not exist', () => {
    expect(isCalendarDate('2026-02-30')).toBe(false);
    expect(deadlineProblem('2026-13-01', now)).toMatch(/YYYY-MM-DD/);
  });
  it('rejects deadlines more than ten years away', () => expect(deadlineProblem('2040-01-01', now)).toMatch(/ten years/));
});

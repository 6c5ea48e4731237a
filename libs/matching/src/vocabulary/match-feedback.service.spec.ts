import { feedbackValue } from './match-feedback.service.js';

describe('feedbackValue', () => {
  it('adds deals and accepted inquiries, subtracts declines by reason, within −1…1', () => {
    expect(feedbackValue([{ signal: 'accepted', reason: null }])).toBe(0.5);
    expect(
      feedbackValue([
        { signal: 'deal', reason: null },
        { signal: 'accepted', reason: null },
      ]),
    ).toBe(1);
    expect(
      feedbackValue([
        { signal: 'declined', reason: 'not_relevant' },
        { signal: 'declined', reason: 'price' },
      ]),
    ).toBe(-1);
    expect(
      feedbackValue([
        { signal: 'accepted', reason: null },
        { signal: 'declined', reason: 'price' },
      ]),
    ).toBeCloseTo(0.2, 10);
    expect(feedbackValue([])).toBe(0);
  });
});

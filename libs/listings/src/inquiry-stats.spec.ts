import { responsivenessLabel } from './inquiry-stats.service.js';

describe('responsivenessLabel', () => {
  it('names the median first reply in whole days, at least one', () => {
    expect(responsivenessLabel({ replied: 3, medianHours: 0.5 })).toBe('通常 1 小时内回复');
    expect(responsivenessLabel({ replied: 3, medianHours: 20 })).toBe('通常 1 天内回复');
    expect(responsivenessLabel({ replied: 3, medianHours: 30 })).toBe('通常 2 天内回复');
    expect(responsivenessLabel({ replied: 3, medianHours: 50 })).toBe('通常 3 天内回复');
  });

  it('says so when an owner answered none', () => {
    expect(responsivenessLabel({ replied: 0, medianHours: null })).toBe('近 90 天暂未回复对接');
  });
});

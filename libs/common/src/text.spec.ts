import { summarize } from './text.js';

describe('summarize', () => {
  it('puts free text on one line', () => {
    expect(summarize('  数控机床\n\n  热变形补偿\t方案 ')).toBe('数控机床 热变形补偿 方案');
  });

  it('cuts long text to the limit, ellipsis included', () => {
    const text = '高'.repeat(130);
    expect(summarize(text)).toHaveLength(120);
    expect(summarize(text).endsWith('…')).toBe(true);
    expect(summarize('高'.repeat(120))).toBe('高'.repeat(120));
  });

  it('gives an empty string for no text', () => {
    expect(summarize(null)).toBe('');
    expect(summarize(undefined)).toBe('');
  });
});

import { feedbackWords } from './feedback-terms.js';

describe('feedbackWords', () => {
  const pool = [
    '柑橘黄龙病早期分子检测，防治柑橘木虱',
    '柑橘黄龙病病株挖除与木虱防控',
    '柑橘缺镁黄化矫治',
    '水稻育秧技术',
    '茶园病虫害防治技术',
  ];
  it('takes words recurring in the best candidates and rare in the pool, not the listing’s own', () => {
    const words = feedbackWords('橘子树叶子黄，果子青', pool.slice(0, 2), pool);
    expect(words).toEqual(expect.arrayContaining(['黄龙']));
    expect(words).not.toContain('水稻');
    expect(words).not.toContain('技术');
  });
  it('gives nothing without candidates', () => {
    expect(feedbackWords('橘子树', [], pool)).toEqual([]);
  });
});

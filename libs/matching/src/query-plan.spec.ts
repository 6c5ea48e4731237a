import { MAX_QUERIES, planQueries } from './query-plan.js';

describe('planQueries', () => {
  it('queries all keywords together, each keyword, the title, expansions, then body clauses', () => {
    const plan = planQueries({
      title: '茶芽冻伤，损失大',
      body: '每年三月遇到低温寒潮天气。',
      keywords: ['冻害', '早春茶'],
      expansionTerms: ['防霜'],
    });
    expect(plan.map((p) => [p.kind, p.q, p.strategy])).toEqual([
      ['keywords', '冻害 早春茶', 'frequency'],
      ['keyword', '冻害', 'all'],
      ['keyword', '早春茶', 'all'],
      ['title', '茶芽冻伤', 'frequency'],
      ['title', '茶芽冻伤', 'last'],
      ['title', '损失大', 'frequency'],
      ['title', '损失大', 'last'],
      ['expansion', '防霜', 'all'],
      ['clause', '每年三月遇到低温寒潮天气', 'frequency'],
    ]);
  });
  it('drops duplicates and cuts long clauses', () => {
    const plan = planQueries({ title: '降噪', body: '', keywords: ['降噪', '降噪'], expansionTerms: [] });
    expect(plan.map((p) => [p.kind, p.strategy])).toEqual([
      ['keyword', 'all'],
      ['title', 'frequency'],
      ['title', 'last'],
    ]);
    const long = planQueries({ title: '一'.repeat(100), body: '', keywords: [], expansionTerms: [] });
    expect(Array.from(long[0].q)).toHaveLength(24);
  });
  it('never plans more than MAX_QUERIES', () => {
    const keywords = Array.from({ length: 80 }, (_, i) => `关键词${i}`);
    expect(planQueries({ title: 't', body: '', keywords, expansionTerms: [] })).toHaveLength(MAX_QUERIES);
  });
  it('plans nothing for empty text', () => {
    expect(planQueries({ title: '', body: '', keywords: [], expansionTerms: [] })).toEqual([]);
  });
});

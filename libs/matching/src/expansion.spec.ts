import { expand, expansionTerms } from './expansion.js';

describe('expand', () => {
  const bridges = [
    { when: ['电费太高', '耗电'], add: ['节能', '能效', '变频'] },
    { when: ['发霉'], add: ['防霉', '霉变'] },
  ];

  it('adds the research terms a symptom calls for, naming the trigger', () => {
    expect(expand('车间电费太高，想改造', bridges)).toEqual([{ trigger: '电费太高', terms: ['节能', '能效', '变频'] }]);
  });
  it('leaves out terms the text already has', () => {
    expect(expand('烘干房耗电，想节能', bridges)).toEqual([{ trigger: '耗电', terms: ['能效', '变频'] }]);
  });
  it('adds nothing when no trigger occurs', () => {
    expect(expand('茶园管理', bridges)).toEqual([]);
  });
  it('uses the product vocabulary and synonyms by default', () => {
    const terms = expansionTerms(expand('冲压件毛刺大，车间用电脑锣加工'));
    expect(terms).toEqual(expect.arrayContaining(['去毛刺', '数控铣床']));
  });
});

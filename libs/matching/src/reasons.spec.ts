import { maturityReason, pairReasons, textReasons } from './reasons.js';
import type { PairFacts } from './scoring.js';

const facts = (over: Partial<PairFacts> = {}): PairFacts => ({
  subjectField: 'modern_agriculture',
  candidateField: 'modern_agriculture',
  subjectModes: ['service', 'transfer'],
  candidateModes: ['service'],
  budgetMaxFen: 20_000_000,
  askingPriceFen: 6_000_000,
  trl: 6,
  now: 0,
  ...over,
});

describe('textReasons', () => {
  const base = {
    subjectKeywords: ['茶多酚', '提取', '纯度'],
    subjectText: '茶多酚提取纯度低',
    candidateKeywords: ['茶多酚', '膜分离'],
    candidateText: '茶多酚 膜分离 提取工艺',
    expansions: [],
    contributions: [{ term: '茶多', score: 2 }],
  };

  it('names the shared keywords', () => {
    expect(textReasons(base)).toEqual(['关键词: 茶多酚, 提取']);
  });
  it('names a vocabulary bridge the candidate answers', () => {
    const reasons = textReasons({
      ...base,
      subjectKeywords: ['倒春寒'],
      subjectText: '倒春寒',
      candidateKeywords: [],
      candidateText: '茶园晚霜冻害预警',
      expansions: [{ trigger: '倒春寒', terms: ['冻害', '防霜'] }],
    });
    expect(reasons).toEqual(['术语对应: 倒春寒 → 冻害']);
  });
  it('falls back to the strongest shared terms', () => {
    const reasons = textReasons({ ...base, subjectKeywords: [], candidateKeywords: [], candidateText: '茶多糖' });
    expect(reasons).toEqual(['相关词: 茶多']);
  });
});

describe('pairReasons', () => {
  it('explains field, modes, price and maturity in Chinese', () => {
    expect(pairReasons(facts(), 'outcomes')).toEqual(['同属现代农业领域', '合作方式一致: 技术服务/咨询', '价格在预算内', '已达中试阶段']);
  });
  it('says nothing of what does not agree', () => {
    const reasons = pairReasons(
      facts({ candidateField: 'electronics', candidateModes: ['equity'], askingPriceFen: 30_000_000, trl: null }),
      'outcomes',
    );
    expect(reasons).toEqual([]);
  });
  it('speaks of the budget from the outcome’s side', () => {
    expect(pairReasons(facts(), 'demands')).toContain('需求预算可覆盖报价');
  });
});

describe('maturityReason', () => {
  it('labels each stage', () => {
    expect([2, 5, 7, 9].map(maturityReason)).toEqual(['处于实验室阶段', '处于小试阶段', '已达中试阶段', '已产业化']);
  });
});

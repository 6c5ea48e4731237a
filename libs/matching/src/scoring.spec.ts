import { commonModes, pairFeatures, priceFit, type PairFacts } from './scoring.js';

const NOW = 1_800_000_000;
const facts = (over: Partial<PairFacts> = {}): PairFacts => ({
  subjectField: 'modern_agriculture',
  candidateField: 'modern_agriculture',
  subjectModes: ['service', 'transfer'],
  candidateModes: ['service'],
  budgetMaxFen: 20_000_000,
  askingPriceFen: 6_000_000,
  trl: 8,
  candidatePublishedAt: NOW,
  now: NOW,
  ...over,
});
describe('priceFit', () => {
  it('is within when the price does not exceed the budget', () => {
    expect(priceFit(100, 100)).toBe('within');
    expect(priceFit(100, 101)).toBe('over');
  });
  it('is unknown when either side is 面议', () => {
    expect(priceFit(null, 100)).toBe('unknown');
    expect(priceFit(100, undefined)).toBe('unknown');
  });
});

describe('commonModes', () => {
  it('keeps the listing’s modes the candidate also offers', () => {
    expect(commonModes({ subjectModes: ['license', 'service'], candidateModes: ['service', 'transfer'] })).toEqual(['service']);
  });
});

describe('pairFeatures', () => {
  it('rewards agreement on every count', () => {
    expect(pairFeatures(facts())).toEqual({ field: 1, modes: 1, price: 1, maturity: 7 / 8, recency: 1 });
  });
  it('gives nothing for disagreement', () => {
    const f = pairFeatures(facts({ candidateField: 'electronics', candidateModes: ['license'], askingPriceFen: 30_000_000, trl: 1 }));
    expect(f).toMatchObject({ field: 0, modes: 0, price: 0, maturity: 0 });
  });
  it('is neutral where a side is unknown', () => {
    const f = pairFeatures(facts({ subjectField: undefined, subjectModes: [], budgetMaxFen: null, trl: null, candidatePublishedAt: null }));
    expect(f).toEqual({ field: 0.5, modes: 0.5, price: 0.5, maturity: 0.5, recency: 0.5 });
  });
  it('halves recency each year', () => {
    expect(pairFeatures(facts({ candidatePublishedAt: NOW - 365 * 24 * 3600 })).recency).toBeCloseTo(0.5, 10);
  });
});

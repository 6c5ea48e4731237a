import { poolFeatures, responsivenessFeature, type PoolEntry, type SubjectText } from './features.js';
import type { PairFacts } from './scoring.js';

const facts: PairFacts = { subjectModes: ['service'], candidateModes: ['service'], now: 0 };
const entry = (id: string, title: string, body: string, keywords: string[] = []): PoolEntry<string> => ({
  doc: id,
  text: { title, body, keywords },
  facts,
  search: 0.5,
  hits: 1,
});
const subject: SubjectText = {
  title: '冲压件毛刺大，模具寿命短',
  body: '高强钢冲压件毛刺大，冲头磨损快',
  keywords: ['冲压', '毛刺'],
  expansions: [],
};
const FIELDS = { title: 2, keywords: 2, body: 1 };

describe('poolFeatures', () => {
  const pool = [
    entry('direct', '精密冲裁毛刺控制与模具刃口强化', '冲压件毛刺高度控制在0.05mm，模具寿命提高两倍', ['冲裁', '毛刺', '模具']),
    entry('generic', '智能制造技术服务', '提供加工技术与系统技术服务'),
    entry('scattered', '模具钢材料', '毛刺去除用的钢刷，冲压车间的照明'),
  ];
  const [direct, generic, scattered] = poolFeatures(subject, pool, FIELDS).map((e) => e.features);

  it('keeps every feature in 0–1, relative ones topping out at 1', () => {
    for (const f of [direct, generic, scattered]) for (const v of Object.values(f)) expect(v).toBeGreaterThanOrEqual(0);
    expect(direct.text).toBe(1);
    expect(Math.max(direct.phrase, generic.phrase, scattered.phrase)).toBe(1);
  });
  it('covers more of the listing’s title and keywords for the direct answer', () => {
    expect(direct.coverage).toBeGreaterThan(scattered.coverage);
    expect(generic.coverage).toBe(0);
  });
  it('sees the listing’s words standing close together in the direct answer only', () => {
    expect(direct.proximity).toBeGreaterThan(scattered.proximity);
  });
  it('marks a match that rests on generic words', () => {
    const [, onlyGeneric] = poolFeatures({ ...subject, title: '技术', keywords: ['加工'], body: '' }, pool, FIELDS).map((e) => e.features);
    expect(onlyGeneric.generic).toBe(1);
  });
  it('carries the market evidence as it is', () => {
    const [withFeedback] = poolFeatures(subject, [{ ...pool[0], feedback: -0.5 }], FIELDS);
    expect(withFeedback.features.feedback).toBe(-0.5);
  });
});

describe('responsivenessFeature', () => {
  it('is the reply rate while the median first reply comes within a day, and half of it at four days', () => {
    expect(responsivenessFeature({ rate: 0.8, medianHours: 10 })).toBeCloseTo(0.8, 6);
    expect(responsivenessFeature({ rate: 0.8, medianHours: 96 })).toBeCloseTo(0.4, 6);
  });

  it('is 0 for an organization without figures or without any reply', () => {
    expect(responsivenessFeature(undefined)).toBe(0);
    expect(responsivenessFeature({ rate: 0, medianHours: null })).toBe(0);
  });
});

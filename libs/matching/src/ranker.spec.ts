import { queryTerms, QUERY_TERM_WEIGHTS, rank, type PoolEntry, type SubjectText } from './ranker.js';
import type { PairFacts } from './scoring.js';

const facts: PairFacts = { subjectModes: ['service'], candidateModes: ['service'], now: 0 };
const entry = (
  id: string,
  title: string,
  body: string,
  keywords: string[] = [],
  over: Partial<PoolEntry<string>> = {},
): PoolEntry<string> => ({
  doc: id,
  text: { title, body, keywords },
  facts,
  search: 0.5,
  hits: 1,
  ...over,
});
const subject: SubjectText = {
  title: '牛舍冬天氨味大',
  body: '关严了保暖，里面氨味呛眼睛',
  keywords: ['氨气', '通风'],
  expansions: [{ trigger: '氨味', terms: ['除臭', '减排'] }],
};

describe('queryTerms', () => {
  it('weighs title and keywords above the body and the body above expansions', () => {
    const q = queryTerms(subject);
    expect(q.get('氨气')).toBe(QUERY_TERM_WEIGHTS.titleOrKeyword);
    expect(q.get('眼睛')).toBe(QUERY_TERM_WEIGHTS.body);
    expect(q.get('除臭')).toBe(QUERY_TERM_WEIGHTS.expansion);
  });
});

describe('rank', () => {
  it('orders by score, best first, each with reasons', () => {
    const ranked = rank(
      subject,
      [
        entry('unrelated', '茶叶萎凋机', '连续化萎凋设备'),
        entry('bridge', '畜禽舍除臭减排技术', '生物除臭', ['除臭']),
        entry('direct', '畜舍氨气监测与自动通风', '氨气超标自动通风', ['氨气', '通风']),
      ],
      'outcomes',
    );
    expect(ranked.map((r) => r.doc)).toEqual(['direct', 'bridge', 'unrelated']);
    expect(ranked[0].reasons[0]).toBe('关键词: 氨气, 通风');
    expect(ranked[1].reasons[0]).toBe('术语对应: 氨味 → 除臭, 减排');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(ranked.every((r) => r.reasons.length > 0)).toBe(true);
  });
  it('keeps a strong text match with another mode above a weak one with the same mode', () => {
    const ranked = rank(
      subject,
      [
        entry('weak-same-mode', '牛舍保暖', '保暖'),
        entry('strong-other-mode', '畜舍氨气监测与自动通风', '氨气 通风', ['氨气', '通风'], {
          facts: { ...facts, candidateModes: ['license'] },
        }),
      ],
      'outcomes',
    );
    expect(ranked.map((r) => r.doc)).toEqual(['strong-other-mode', 'weak-same-mode']);
    expect(ranked[0].features.modes).toBe(0);
  });
  it('returns nothing for an empty pool', () => {
    expect(rank(subject, [], 'outcomes')).toEqual([]);
  });
});

import type { PoolEntry, SubjectText } from './features.js';
import { rank } from './ranker.js';
import { FEEDBACK_WEIGHT, PRIOR_MODEL } from './ranker-model.js';
import type { PairFacts } from './scoring.js';

const facts: PairFacts = { subjectModes: ['service'], candidateModes: ['service'], now: 0 };
const entry = (
  id: string,
  title: string,
  body: string,
  keywords: string[] = [],
  over: Partial<PoolEntry<string>> = {},
): PoolEntry<string> => ({ doc: id, text: { title, body, keywords }, facts, search: 0.5, hits: 1, ...over });
const subject: SubjectText = {
  title: '牛舍冬天氨味大',
  body: '关严了保暖，里面氨味呛眼睛',
  keywords: ['氨气', '通风'],
  expansions: [{ trigger: '氨味', terms: ['除臭', '减排'] }],
};

describe('rank', () => {
  it('orders by score, best first, each with reasons drawn from its features', () => {
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
    expect(ranked[1].reasons).toContain('术语对应: 氨味 → 除臭, 减排');
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(ranked.every((r) => r.reasons.length > 0)).toBe(true);
  });
  it('keeps a strong text match with another mode above a weak one with the same mode', () => {
    const ranked = rank(
      subject,
      [
        entry('weak-same-mode', '冬季保暖被', '保暖'),
        entry('other', '茶叶萎凋机', '连续化萎凋设备'),
        entry('other-2', '模具涂层', 'PVD涂层'),
        entry('strong-other-mode', '畜舍氨气监测与自动通风', '氨气 通风', ['氨气', '通风'], {
          facts: { ...facts, candidateModes: ['license'] },
        }),
      ],
      'outcomes',
    );
    expect(ranked[0].doc).toBe('strong-other-mode');
    expect(ranked[0].features.modes).toBe(0);
    expect(ranked.findIndex((r) => r.doc === 'weak-same-mode')).toBeGreaterThan(0);
  });
  it('moves a score by market evidence, at most by the feedback weight', () => {
    const pool = [entry('a', '畜舍氨气监测', '氨气', ['氨气'])];
    const [plain] = rank(subject, pool, 'outcomes', PRIOR_MODEL);
    const [declined] = rank(subject, [{ ...pool[0], feedback: -1 }], 'outcomes', PRIOR_MODEL);
    expect(plain.score - declined.score).toBeCloseTo(FEEDBACK_WEIGHT, 4);
    expect(declined.reasons).not.toContain('双方曾有对接或成交');
  });
  it('returns nothing for an empty pool', () => {
    expect(rank(subject, [], 'outcomes')).toEqual([]);
  });
});

import { PoolIndex, trigrams } from './pool-index.js';
import { termCounts } from './text.js';

const doc = (title: string, body = '', keywords: string[] = []) => ({ title, body, keywords });
const query = (text: string) => new Map([...termCounts(text).keys()].map((t) => [t, 1]));
const EVEN = { title: 1, keywords: 1, body: 1 };

describe(PoolIndex.name, () => {
  describe('idf', () => {
    it('weighs rare terms above common ones', () => {
      const pool = new PoolIndex([doc('茶园防霜技术'), doc('电机降噪技术'), doc('模具涂层技术')]);
      expect(pool.idf('防霜')).toBeGreaterThan(pool.idf('技术'));
      expect(pool.idf('技术')).toBeGreaterThan(0);
    });
  });

  describe('bm25f', () => {
    it('ranks the document sharing the distinctive terms first and gives an unrelated one nothing', () => {
      const pool = new PoolIndex([doc('茶园晚霜冻害预警'), doc('电机噪声诊断'), doc('茶叶加工设备')]);
      const scores = [0, 1, 2].map((i) => pool.bm25f(i, query('茶园晚霜防御'), EVEN).score);
      expect(scores[0]).toBeGreaterThan(scores[2]);
      expect(scores[1]).toBe(0);
    });
    it('counts a term by its field weight: in the title above the same term in the body', () => {
      const pool = new PoolIndex([doc('降噪', '某某某某'), doc('某某', '降噪某某'), doc('其他', '其他')]);
      const q = query('降噪');
      expect(pool.bm25f(0, q, { title: 2, keywords: 1, body: 1 }).score).toBeGreaterThan(
        pool.bm25f(1, q, { title: 2, keywords: 1, body: 1 }).score,
      );
      expect(pool.bm25f(0, q, { title: 0.5, keywords: 1, body: 3 }).score).toBeLessThan(
        pool.bm25f(1, q, { title: 0.5, keywords: 1, body: 3 }).score,
      );
    });
    it('lists each matched term with its share, largest first, adding up to the score', () => {
      const pool = new PoolIndex([doc('防霉剂', '', ['防霉']), doc('涂层')]);
      const { score, contributions } = pool.bm25f(0, query('防霉剂'), EVEN);
      expect(contributions.map((c) => c.term).sort()).toEqual(['防霉', '霉剂']);
      expect(contributions[0].score).toBeGreaterThanOrEqual(contributions[1].score);
      expect(contributions.reduce((s, c) => s + c.score, 0)).toBeCloseTo(score, 10);
    });
  });

  describe('phrase', () => {
    it('scores shared trigrams, which scattered shared bigrams do not have', () => {
      const pool = new PoolIndex([doc('冲裁间隙优化'), doc('间隙与冲裁的关系'), doc('无关')]);
      const q = new Map([...trigrams('冲裁间隙')].map((t) => [t, 1]));
      expect(pool.phrase(0, q)).toBeGreaterThan(0);
      expect(pool.phrase(1, q)).toBe(0);
    });
  });
});

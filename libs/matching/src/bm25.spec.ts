import { Bm25Pool } from './bm25.js';
import { termCounts } from './text.js';

const doc = (title: string, body = '', keywords: string[] = []) => ({ title, body, keywords });
const query = (text: string) => new Map([...termCounts(text).keys()].map((t) => [t, 1]));

describe(Bm25Pool.name, () => {
  describe('idf', () => {
    it('weighs rare terms above common ones', () => {
      const pool = new Bm25Pool([doc('茶园防霜技术'), doc('电机降噪技术'), doc('模具涂层技术')]);
      expect(pool.idf('防霜')).toBeGreaterThan(pool.idf('技术'));
      expect(pool.idf('技术')).toBeGreaterThan(0);
    });
  });

  describe('explain', () => {
    it('ranks the document sharing the distinctive terms first', () => {
      const pool = new Bm25Pool([doc('茶园晚霜冻害预警'), doc('电机噪声诊断'), doc('茶叶加工设备')]);
      const q = query('茶园晚霜防御');
      const scores = [0, 1, 2].map((i) => pool.score(i, q));
      expect(scores[0]).toBeGreaterThan(scores[2]);
      expect(scores[1]).toBe(0);
    });
    it('counts a title or keyword term above the same term in the body', () => {
      const pool = new Bm25Pool([doc('降噪', '某某某某'), doc('某某', '降噪某某'), doc('其他', '其他')]);
      const q = query('降噪');
      expect(pool.score(0, q)).toBeGreaterThan(pool.score(1, q));
    });
    it('lists each matched term with its share, largest first', () => {
      const pool = new Bm25Pool([doc('防霉剂', '', ['防霉']), doc('涂层')]);
      const { score, contributions } = pool.explain(0, query('防霉剂'));
      expect(contributions.map((c) => c.term).sort()).toEqual(['防霉', '霉剂']);
      expect(contributions[0].score).toBeGreaterThanOrEqual(contributions[1].score);
      expect(contributions.reduce((s, c) => s + c.score, 0)).toBeCloseTo(score, 10);
    });
  });
});

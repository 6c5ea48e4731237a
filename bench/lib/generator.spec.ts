import { parseYuan } from '@app/common';
import { ListingGenerator } from './generator.js';

describe(ListingGenerator.name, () => {
  it('gives the same listings for the same seed and different ones for another', () => {
    const a = new ListingGenerator(7);
    const b = new ListingGenerator(7);
    const c = new ListingGenerator(8);
    const first = [a.demand(), a.outcome()];
    expect([b.demand(), b.outcome()]).toEqual(first);
    expect([c.demand(), c.outcome()]).not.toEqual(first);
  });

  it('writes Chinese text within the listing limits', () => {
    const gen = new ListingGenerator();
    for (let i = 0; i < 200; i++) {
      const d = gen.demand();
      const o = gen.outcome();
      expect(d.title.length).toBeLessThanOrEqual(60);
      expect(d.description).toMatch(/[\u4e00-\u9fff]/);
      expect(o.abstract).toMatch(/[\u4e00-\u9fff]/);
      expect(d.keywords.length).toBeGreaterThanOrEqual(2);
      expect(o.trl).toBeGreaterThanOrEqual(1);
      expect(o.trl).toBeLessThanOrEqual(9);
      if (d.budgetMax !== null) expect(parseYuan(d.budgetMax)).toHaveProperty('fen');
    }
  });

  it('generates deals with exact amounts and the technology part within the amount', () => {
    const gen = new ListingGenerator();
    for (let i = 0; i < 200; i++) {
      const deal = gen.deal(2026);
      const amount = parseYuan(deal.amount) as { fen: bigint };
      const tech = parseYuan(deal.technologyAmount) as { fen: bigint };
      expect(tech.fen).toBeLessThanOrEqual(amount.fen);
      expect(deal.signedAt).toMatch(/^2026-\d{2}-\d{2}$/);
    }
  });
});

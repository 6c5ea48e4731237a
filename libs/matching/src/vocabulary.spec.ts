import { SYNONYM_GROUPS } from '@app/search';
import { BRIDGES } from './vocabulary.js';

describe('BRIDGES', () => {
  it('has triggers and terms in every entry', () => {
    for (const bridge of BRIDGES) {
      expect(bridge.when.length).toBeGreaterThan(0);
      expect(bridge.add.length).toBeGreaterThan(0);
    }
  });
  it('has no single-character trigger, which would fire inside unrelated words', () => {
    const short = BRIDGES.flatMap((b) => b.when).filter((w) => Array.from(w).length < 2);
    expect(short).toEqual([]);
  });
  it('repeats no trigger within an entry', () => {
    for (const bridge of BRIDGES) expect(new Set(bridge.when).size).toBe(bridge.when.length);
  });
});

describe('SYNONYM_GROUPS', () => {
  it('holds groups of at least two distinct words, each word in one group only', () => {
    const words = SYNONYM_GROUPS.flat();
    for (const group of SYNONYM_GROUPS) expect(new Set(group).size).toBeGreaterThanOrEqual(2);
    expect(new Set(words).size).toBe(words.length);
  });
});

import { clauses, containsText, hanRuns, latinWords, normalizeText, termCounts, terms } from './text.js';

describe('normalizeText', () => {
  it('folds full-width letters and digits and lower-cases', () => {
    expect(normalizeText('ＮＢ－ＩｏＴ１２')).toBe('nb-iot12');
  });
});

describe('hanRuns', () => {
  it('splits at punctuation, Latin text and particles', () => {
    expect(hanRuns('茶园的晚霜，IoT监测')).toEqual(['茶园', '晚霜', '监测']);
  });
});

describe('latinWords', () => {
  it('keeps codes whole and adds their parts, dropping bare numbers', () => {
    expect(latinWords('基于NB-IoT的 MPPT 控制器 2024')).toEqual(['nb-iot', 'nb', 'iot', 'mppt']);
  });
});

describe('terms', () => {
  it('gives the character bigrams of each Han run', () => {
    expect(terms('倒春寒')).toEqual(['倒春', '春寒']);
    expect(terms('霉变，防霉')).toEqual(['霉变', '防霉']);
  });
  it('drops single characters', () => {
    expect(terms('茶')).toEqual([]);
  });
  it('counts repeated terms', () => {
    expect(termCounts('防霉防霉').get('防霉')).toBe(2);
  });
});

describe('clauses', () => {
  it('splits at Chinese and ASCII punctuation and drops scraps', () => {
    expect(clauses('叶子发黄，打卷。怎么办?a')).toEqual(['叶子发黄', '打卷', '怎么办']);
  });
});

describe('containsText', () => {
  it('matches across width and case', () => {
    expect(containsText('畜禽舍ＩｏＴ监测', 'iot')).toBe(true);
    expect(containsText('畜禽舍', '')).toBe(false);
  });
});

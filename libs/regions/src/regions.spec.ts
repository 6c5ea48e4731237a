import { isRegionCode, regionName, regionOptions, regionPath, regionPrefixes, regionSearchPrefix, rollUpRegions } from './regions.js';

describe('regions', () => {
  describe('isRegionCode', () => {
    it.each(['331127', '331100', '330000', '110101', '441900', '429004', '710000', '810000', '820000'])('accepts the place %s', (code) =>
      expect(isRegionCode(code)).toBe(true),
    );
    it.each(['339999', '991127', '331101', '429000', '130171', '810001', '33112', '3311270', 'abcdef', 331127])(
      'rejects %s, which names no place',
      (code) => expect(isRegionCode(code)).toBe(false),
    );
  });

  describe('regionName', () => {
    it.each([
      ['331127', '浙江省丽水市景宁畲族自治县'],
      ['331100', '浙江省丽水市'],
      ['330000', '浙江省'],
      ['110101', '北京市东城区'],
      ['429004', '湖北省仙桃市'],
      ['441900', '广东省东莞市'],
    ])('names %s %s', (code, name) => expect(regionName(code)).toBe(name));

    it('answers the code itself for a code that names no place', () => expect(regionName('339999')).toBe('339999'));
  });

  it('walks from the province down, skipping grouping levels', () => {
    expect(regionPath('331127').map((r) => r.code)).toEqual(['330000', '331100', '331127']);
    expect(regionPath('429004').map((r) => r.code)).toEqual(['420000', '429004']);
    expect(regionPath('110101').map((r) => r.code)).toEqual(['110000', '110101']);
  });

  it('stores the province, city and county prefixes', () => expect(regionPrefixes('331127')).toEqual(['33', '3311', '331127']));

  describe('regionSearchPrefix', () => {
    it.each([
      ['33', '33'],
      ['330000', '33'],
      ['3311', '3311'],
      ['331100', '3311'],
      ['331127', '331127'],
    ])('searches %s by the prefix %s', (input, prefix) => expect(regionSearchPrefix(input)).toBe(prefix));
    it.each(['99', '3399', '339999', '33112', '3" OR x', ''])('refuses %s', (input) => expect(regionSearchPrefix(input)).toBeUndefined());
  });

  describe('regionOptions', () => {
    it('lists the provinces, then the divisions under one', () => {
      expect(regionOptions()).toContainEqual({ code: '330000', name: '浙江省', leaf: false, selectable: true });
      expect(regionOptions('331100')).toContainEqual({ code: '331127', name: '景宁畲族自治县', leaf: true, selectable: true });
      expect(regionOptions('331100')!.map((o) => o.code)).not.toContain('331101');
      expect(regionOptions('420000')).toContainEqual({ code: '429000', name: '省直辖县级行政区划', leaf: false, selectable: false });
    });
    it('answers undefined for an unknown parent', () => expect(regionOptions('339999')).toBeUndefined());
  });

  it('rolls figures up province → city → county', () => {
    const tree = rollUpRegions(
      [
        { region: '331127', value: 5n },
        { region: '331102', value: 7n },
        { region: '330102', value: 1n },
        { region: '339999', value: 2n },
      ],
      () => 0n,
      (a, b) => a + b,
    );
    expect(tree.map((n) => [n.region, n.value])).toEqual([
      ['330000', 13n],
      ['339999', 2n],
    ]);
    const zhejiang = tree[0];
    expect(zhejiang.children.map((n) => [n.regionName, n.value])).toEqual([
      ['浙江省丽水市', 12n],
      ['浙江省杭州市', 1n],
    ]);
    expect(zhejiang.children[0].children.map((n) => [n.region, n.level, n.value])).toEqual([
      ['331127', 'county', 5n],
      ['331102', 'county', 7n],
    ]);
  });
});

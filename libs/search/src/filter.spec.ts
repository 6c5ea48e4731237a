import { filter, quote } from './filter.js';
import { diffSettings } from './search.service.js';
import { synonymsFromGroups } from './synonyms.js';

describe('quote', () => {
  it('quotes strings and escapes quotes and backslashes', () => {
    expect(quote('a"b\\c')).toBe('"a\\"b\\\\c"');
  });
  it('keeps hostile text inside one string value', () => {
    expect(filter.eq('field', 'x" OR field = "y')).toBe('field = "x\\" OR field = \\"y"');
  });
  it('refuses non-finite numbers', () => {
    expect(() => quote(Number.NaN)).toThrow();
    expect(() => quote(Number.POSITIVE_INFINITY)).toThrow();
  });
});

describe('filter', () => {
  it('parenthesises parts joined with AND so an OR cannot widen them', () => {
    expect(filter.and(filter.or(filter.eq('a', 1), filter.eq('a', 2)), filter.eq('b', 'x'))).toBe('((a = 1) OR (a = 2)) AND (b = "x")');
  });
  it('drops empty parts', () => {
    expect(filter.and(undefined, false, filter.eq('a', 'b'))).toBe('a = "b"');
    expect(filter.and()).toBeUndefined();
  });
  it('builds IN lists of quoted values', () => {
    expect(filter.in('modes', ['license', 'x"]'])).toBe('modes IN ["license", "x\\"]"]');
  });
  it('refuses attribute names that are not identifiers', () => {
    expect(() => filter.eq('a = 1 OR b', 'x')).toThrow();
  });
});

describe('diffSettings', () => {
  it('ignores order where Meilisearch does', () => {
    expect(diffSettings({ filterableAttributes: ['b', 'a'] }, { filterableAttributes: ['a', 'b'] })).toEqual({});
  });
  it('reports what differs', () => {
    expect(diffSettings({ searchableAttributes: ['a'] }, { searchableAttributes: ['b'] })).toEqual({ searchableAttributes: ['b'] });
  });
  it('compares synonyms as sets', () => {
    const wanted = synonymsFromGroups([['发霉', '霉变']]);
    expect(diffSettings({ synonyms: { 霉变: ['发霉'], 发霉: ['霉变'] } }, { synonyms: wanted })).toEqual({});
  });
});

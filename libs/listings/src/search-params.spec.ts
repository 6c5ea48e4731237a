import { demandSearchParams, outcomeSearchParams } from './search-params.js';

describe('demandSearchParams', () => {
  it('joins filters with AND, each value quoted', () => {
    const params = demandSearchParams({
      field: 'electronics',
      region: '331127',
      mode: 'license',
      budgetMinFen: 100000n,
      page: 1,
      limit: 20,
    });
    expect(params.filter).toBe(
      '(field = "electronics") AND (regionPrefixes = "331127") AND (cooperationModes = "license") AND (budgetMaxFen >= 100000)',
    );
  });

  it('keeps hostile values inside their quotes', () => {
    const params = demandSearchParams({ region: '1" OR field = "x', page: 1, limit: 20 });
    expect(params.filter).toBe('regionPrefixes = "1\\" OR field = \\"x"');
  });

  it('ranks by relevance when there are words, newest first when there are none or when asked', () => {
    expect(demandSearchParams({ q: '杀青', page: 1, limit: 5 }).sort).toBeUndefined();
    expect(demandSearchParams({ page: 1, limit: 5 }).sort).toEqual(['publishedAt:desc']);
    expect(demandSearchParams({ q: ' ', sort: 'relevance', page: 1, limit: 5 }).sort).toBeUndefined();
    expect(demandSearchParams({ q: '杀青', sort: 'newest', page: 2, limit: 5 })).toMatchObject({
      sort: ['publishedAt:desc'],
      page: 2,
      hitsPerPage: 5,
    });
  });
});

describe('outcomeSearchParams', () => {
  it('filters on maturity, mode and price', () => {
    const params = outcomeSearchParams({ trlMin: 6, mode: 'transfer', priceMaxFen: 5000000n, page: 1, limit: 10 });
    expect(params.filter).toBe('(trl >= 6) AND (transferModes = "transfer") AND (askingPriceFen <= 5000000)');
    expect(params.facets).toEqual(['field', 'stage', 'transferModes']);
  });

  it('has no filter without criteria', () => expect(outcomeSearchParams({ page: 1, limit: 10 }).filter).toBeUndefined());
});

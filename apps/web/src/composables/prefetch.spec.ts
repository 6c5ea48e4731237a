import { dropPrefetched, prefetch, prefetched } from './prefetch.js';

describe('answers asked for while a page loads', () => {
  beforeEach(() => dropPrefetched());

  it('gives the page the answer the router asked for, once; then loads afresh', async () => {
    let calls = 0;
    const load = () => Promise.resolve(++calls);
    prefetch('turnover:2026', load);
    expect(calls).toBe(1);
    expect(await prefetched('turnover:2026', load)).toBe(1);
    expect(await prefetched('turnover:2026', load)).toBe(2);
  });

  it('asks once however often the same key is prefetched', async () => {
    let calls = 0;
    const load = () => Promise.resolve(++calls);
    prefetch('listing:demand:1', load);
    prefetch('listing:demand:1', load);
    expect(calls).toBe(1);
  });

  it('forgets what an earlier navigation asked for', async () => {
    prefetch('listing:demand:1', () => Promise.resolve('stale'));
    dropPrefetched();
    expect(await prefetched('listing:demand:1', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('hands a failed request to the page that takes it, not to the process as unhandled', async () => {
    prefetch('listing:demand:2', () => Promise.reject(new Error('404')));
    await new Promise((resolve) => setTimeout(resolve, 0));
    await expect(prefetched('listing:demand:2', () => Promise.resolve('unused'))).rejects.toThrow('404');
  });
});

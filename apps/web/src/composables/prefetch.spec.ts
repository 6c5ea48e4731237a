import { arrived, dropPrefetched, prefetch, prefetched } from './prefetch.js';

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

  it('gives an answer that has arrived at once, once, and nothing before it arrives', async () => {
    let resolve!: (value: string) => void;
    prefetch('turnover:2026', () => new Promise<string>((r) => (resolve = r)));
    expect(arrived('turnover:2026')).toBeUndefined();
    resolve('figures');
    await new Promise((r) => setTimeout(r, 0));
    expect(arrived('turnover:2026')).toBe('figures');
    expect(arrived('turnover:2026')).toBeUndefined();
    expect(await prefetched('turnover:2026', () => Promise.resolve('fresh'))).toBe('fresh');
  });

  it('keeps no arrived answer of an earlier navigation, nor one a page already took', async () => {
    prefetch('listing:demand:1', () => Promise.resolve('stale'));
    dropPrefetched();
    prefetch('listing:demand:3', () => Promise.resolve('taken'));
    const taken = prefetched('listing:demand:3', () => Promise.resolve('unused'));
    await new Promise((r) => setTimeout(r, 0));
    expect(arrived('listing:demand:1')).toBeUndefined();
    expect(arrived('listing:demand:3')).toBeUndefined();
    expect(await taken).toBe('taken');
  });

  it('has nothing arrived for a request that failed: the page asks again and shows its error', async () => {
    prefetch('listing:demand:4', () => Promise.reject(new Error('404')));
    await new Promise((r) => setTimeout(r, 0));
    expect(arrived('listing:demand:4')).toBeUndefined();
  });
});

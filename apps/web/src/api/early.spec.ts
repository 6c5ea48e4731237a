import { dropEarly, earlyFetch } from './early.js';

const URL_ME = 'http://market.test/api/v1/me';
const g = globalThis as unknown as { window?: { __techmarketEarly?: unknown }; fetch: typeof fetch };

describe('answers asked for before the app arrived', () => {
  const realFetch = g.fetch;
  let network: string[];

  beforeEach(() => {
    network = [];
    g.fetch = ((request: Request) => {
      network.push(`${request.method} ${request.url}`);
      return Promise.resolve(new Response('"network"'));
    }) as typeof fetch;
    g.window = { __techmarketEarly: { authorization: 'Bearer t1', answers: { [URL_ME]: Promise.resolve(new Response('"early"')) } } };
  });
  afterEach(() => {
    g.fetch = realFetch;
    delete g.window;
  });

  const get = (url: string, token = 't1', method = 'GET') => new Request(url, { method, headers: { authorization: `Bearer ${token}` } });

  it('gives the early answer to the same request once, then asks the network', async () => {
    expect(await (await earlyFetch(get(URL_ME))).json()).toBe('early');
    expect(network).toEqual([]);
    expect(await (await earlyFetch(get(URL_ME))).json()).toBe('network');
    expect(network).toEqual([`GET ${URL_ME}`]);
  });

  it('never gives it to another token, another method or another URL', async () => {
    expect(await (await earlyFetch(get(URL_ME, 't2'))).json()).toBe('network');
    expect(await (await earlyFetch(get(URL_ME, 't1', 'POST'))).json()).toBe('network');
    expect(await (await earlyFetch(get(`${URL_ME}/password`))).json()).toBe('network');
    expect(network).toHaveLength(3);
  });

  it('asks again when the early request failed on the network', async () => {
    const failed = Promise.reject(new TypeError('offline'));
    failed.catch(() => undefined);
    g.window = { __techmarketEarly: { authorization: 'Bearer t1', answers: { [URL_ME]: failed } } };
    expect(await (await earlyFetch(get(URL_ME))).json()).toBe('network');
  });

  it('forgets what nobody took once the first page is ready', async () => {
    dropEarly();
    expect(await (await earlyFetch(get(URL_ME))).json()).toBe('network');
  });
});

/**
 * The Meilisearch client's transport against the real Meilisearch of the test run: replies come
 * back uncompressed over one kept-alive connection (see meili-http.ts for why that matters), and
 * errors and timeouts keep the meilisearch client's own shapes.
 */
import { createServer, type Server, type Socket } from 'node:net';
import { Meilisearch, MeilisearchApiError, MeilisearchRequestError, MeilisearchRequestTimeOutError } from 'meilisearch';
import { Agent, type Dispatcher } from 'undici';
import { meiliHttpClient } from '../src/meili-http.js';

const url = process.env.MEILI_URL!;
const apiKey = process.env.MEILI_MASTER_KEY!;
const uid = `${process.env.MEILI_INDEX_PREFIX}transport`;

/** Records what went over the wire: the request's accept-encoding and the reply's content-encoding. */
function recording(agent: Agent) {
  const seen: { accept: unknown; encoding: unknown }[] = [];
  const dispatcher = {
    request: async (options: Dispatcher.RequestOptions) => {
      const reply = await agent.request(options);
      seen.push({ accept: (options.headers as Record<string, string>)['accept-encoding'], encoding: reply.headers['content-encoding'] });
      return reply;
    },
  } as unknown as Dispatcher;
  return { dispatcher, seen };
}

describe('meiliHttpClient', () => {
  const agents: Agent[] = [];
  const agent = () => {
    const a = new Agent();
    agents.push(a);
    return a;
  };

  beforeAll(async () => {
    const client = new Meilisearch({ host: url, apiKey });
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
    await client
      .index(uid)
      .addDocuments(
        Array.from({ length: 50 }, (_, i) => ({
          id: `o${i}`,
          title: `连续化杀青工艺控制方法 第${i}号`,
          abstract: '杀青叶含水率波动小于2%。'.repeat(20),
        })),
      )
      .waitTask();
  });

  afterAll(async () => {
    await new Meilisearch({ host: url, apiKey }).deleteIndex(uid).waitTask();
    await Promise.all(agents.map((a) => a.close()));
  });

  it('asks for uncompressed replies, which Meilisearch would otherwise compress', async () => {
    const pool = agent();
    const { dispatcher, seen } = recording(pool);
    const client = new Meilisearch({ host: url, apiKey, httpClient: meiliHttpClient(dispatcher) });
    const result = await client.index(uid).search('杀青', { limit: 20, attributesToHighlight: ['title', 'abstract'] });
    expect(result.hits.length).toBe(20);
    expect(seen.at(-1)).toEqual({ accept: 'identity', encoding: undefined });

    const compressed = await pool.request({
      origin: url,
      path: `/indexes/${uid}/search`,
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br' },
      body: JSON.stringify({ q: '杀青', limit: 20, attributesToHighlight: ['title', 'abstract'] }),
    });
    await compressed.body.arrayBuffer();
    expect(compressed.headers['content-encoding']).toBeDefined();
  });

  it('keeps its connections open: more requests, no more connections', async () => {
    const pool = agent();
    const client = new Meilisearch({ host: url, apiKey, httpClient: meiliHttpClient(pool) });
    const connected = () => (Object.values(pool.stats) as { connected: number }[]).reduce((n, s) => n + s.connected, 0);
    for (let i = 0; i < 5; i++) await client.index(uid).search(`第${i}号`);
    const opened = connected();
    for (let i = 0; i < 30; i++) await client.index(uid).search(`第${i}号`);
    expect(opened).toBeGreaterThan(0);
    expect(opened).toBeLessThanOrEqual(2);
    expect(connected()).toBe(opened);
  });

  it('reports an error reply as the client does: the API error, with its code, as the cause', async () => {
    const client = new Meilisearch({ host: url, apiKey, httpClient: meiliHttpClient(agent()) });
    const error = await client.getIndex(`${uid}_missing`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchRequestError);
    const cause = (error as MeilisearchRequestError).cause;
    expect(cause).toBeInstanceOf(MeilisearchApiError);
    expect((cause as MeilisearchApiError).cause?.code).toBe('index_not_found');
    expect((cause as MeilisearchApiError).response.status).toBe(404);
  });

  it('turns a request that outlives the timeout into the client timeout error', async () => {
    // A server that accepts the connection and never answers.
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => void sockets.push(socket));
    await new Promise<void>((done) => silent.listen(0, '127.0.0.1', done));
    const { port } = silent.address() as { port: number };
    try {
      const client = new Meilisearch({ host: `http://127.0.0.1:${port}`, apiKey, timeout: 200, httpClient: meiliHttpClient(agent()) });
      const error = await client
        .index(uid)
        .search('杀青')
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MeilisearchRequestError);
      expect((error as MeilisearchRequestError).cause).toBeInstanceOf(MeilisearchRequestTimeOutError);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise((done) => silent.close(done));
    }
  });
});

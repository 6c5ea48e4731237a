/** Waiting for many Meilisearch tasks with one poll, on the real Meilisearch of the test run. */
import { Meilisearch, MeilisearchTaskTimeOutError } from 'meilisearch';
import { Agent, type Dispatcher } from 'undici';
import { meiliHttpClient } from '../src/meili-http.js';
import { TaskWaiter } from '../src/task-waiter.js';

const url = process.env.MEILI_URL!;
const apiKey = process.env.MEILI_MASTER_KEY!;
const uid = `${process.env.MEILI_INDEX_PREFIX}waiter`;

describe(TaskWaiter.name, () => {
  const agent = new Agent();
  const paths: string[] = [];
  const counting = {
    request: (options: Dispatcher.RequestOptions) => {
      paths.push(`${options.method} ${options.path}`);
      return agent.request(options);
    },
  } as unknown as Dispatcher;
  const client = new Meilisearch({ host: url, apiKey, httpClient: meiliHttpClient(counting) });
  const waiter = new TaskWaiter(client, 20);

  beforeAll(async () => {
    await client.createIndex(uid, { primaryKey: 'id' }).waitTask();
  });

  afterAll(async () => {
    waiter.close();
    await client.deleteIndex(uid).waitTask();
    await agent.close();
  });

  it('resolves each waiter with its own finished task, asking about all of them in one request', async () => {
    const enqueued = await Promise.all(
      Array.from({ length: 30 }, (_, i) => client.index(uid).addDocuments([{ id: `d${i}`, title: `杀青 ${i}` }])),
    );
    paths.length = 0;
    const tasks = await Promise.all(enqueued.map((t) => waiter.wait(t, 30000)));
    expect(tasks.map((t) => t.uid)).toEqual(enqueued.map((t) => t.taskUid));
    expect(tasks.every((t) => t.status === 'succeeded')).toBe(true);
    expect(paths.filter((p) => /\/tasks\/\d+/.test(p))).toEqual([]);
    const first = decodeURIComponent(paths.find((p) => p.startsWith('GET /tasks?'))!);
    for (const t of enqueued) expect(first).toMatch(new RegExp(`[=,]${t.taskUid}(,|&|$)`));
    expect(waiter.size).toBe(0);
  });

  it('resolves a failed task as failed, with Meilisearch’s error', async () => {
    const task = await waiter.wait(client.index(uid).addDocuments([{ title: 'no id' }]), 30000);
    expect(task.status).toBe('failed');
    expect(task.error?.code).toBe('missing_document_id');
  });

  it('rejects with the client’s timeout error once the wait outlives its timeout', async () => {
    const error = await waiter.wait({ taskUid: 2_000_000_000 } as never, 100).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MeilisearchTaskTimeOutError);
    expect(waiter.size).toBe(0);
  });
});

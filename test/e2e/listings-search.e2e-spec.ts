import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('listings: review, indexing and search (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let bureau: string;
  let enterprise: Member;
  let institution: Member;

  beforeAll(async () => {
    app = await createTestApp();
    worker = await startWorker();
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
    institution = await registerMember(app, 'institution', { verifyWith: bureau });
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
  });

  const searchDemands = (query: Record<string, string | number>) => api(app).get('/api/v1/demands').query(query);
  const searchOutcomes = (query: Record<string, string | number>) => api(app).get('/api/v1/outcomes').query(query);
  const demandIds = async (q: string) => (await searchDemands({ q }).expect(200)).body.items.map((i: { id: string }) => i.id);
  const outcomeIds = async (q: string) => (await searchOutcomes({ q }).expect(200)).body.items.map((i: { id: string }) => i.id);

  async function createDemand(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await api(app).post('/api/v1/demands').set(bearer(enterprise.token)).send(demandBody(overrides)).expect(201);
    return res.body.id;
  }

  async function createOutcome(overrides: Record<string, unknown> = {}): Promise<string> {
    const res = await api(app).post('/api/v1/outcomes').set(bearer(institution.token)).send(outcomeBody(overrides)).expect(201);
    return res.body.id;
  }

  const approve = (kind: 'demands' | 'outcomes', id: string) =>
    api(app).post(`/api/v1/${kind}/${id}/approve`).set(bearer(bureau)).expect(200);

  it('makes an approved demand searchable, with labels, highlight and no contact fields', async () => {
    const word = uniqueWord();
    const id = await createDemand({ keywords: ['杀青', word] });
    expect(await demandIds(word)).toEqual([]);
    await approve('demands', id);
    await eventually(async () => expect(await demandIds(word)).toEqual([id]));
    const res = await searchDemands({ q: word }).expect(200);
    const [item] = res.body.items;
    expect(item).toMatchObject({
      id,
      fieldLabel: '现代农业',
      budgetMax: '200000.00',
      cooperationModeLabels: ['合作开发', '技术服务/咨询'],
    });
    expect(item.organizationName).toBe('青岚云雾茶业有限公司');
    expect(item).not.toHaveProperty('contactPhone');
    expect(item).not.toHaveProperty('contactEmail');
    expect(item).not.toHaveProperty('contactName');
    expect(res.body.facets.field).toEqual([{ value: 'modern_agriculture', label: '现代农业', count: 1 }]);
    expect(res.body.total).toBe(1);
  });

  it('segments Chinese text: a word inside a sentence finds the demand', async () => {
    const word = uniqueWord();
    const id = await createDemand({ description: `车间里的数控铣床主轴温升过高，加工件尺寸漂移，编号${word}，求热变形补偿方案。` });
    await approve('demands', id);
    await eventually(async () => expect(await demandIds(word)).toEqual([id]));
    const res = await searchDemands({ q: `主轴温升 ${word}` }).expect(200);
    expect(res.body.items[0].id).toBe(id);
    expect(res.body.items[0].highlight.snippet).toContain('<em>');
  });

  it('removes a rejected or closed listing from search', async () => {
    const word = uniqueWord();
    const id = await createOutcome({ keywords: ['温控', word] });
    await approve('outcomes', id);
    await eventually(async () => expect(await outcomeIds(word)).toEqual([id]));
    await api(app).post(`/api/v1/outcomes/${id}/close`).set(bearer(institution.token)).expect(200);
    await eventually(async () => expect(await outcomeIds(word)).toEqual([]));

    const word2 = uniqueWord();
    const rejected = await createOutcome({ keywords: [word2] });
    await api(app).post(`/api/v1/outcomes/${rejected}/reject`).set(bearer(bureau)).send({ reason: '摘要过于简略' }).expect(200);
    const mine = await api(app).get(`/api/v1/outcomes/${rejected}`).set(bearer(institution.token)).expect(200);
    expect(mine.body).toMatchObject({ status: 'rejected', statusLabel: '已驳回', rejectReason: '摘要过于简略' });
    expect(await outcomeIds(word2)).toEqual([]);
  });

  it('sends an edited published demand back to review and shows the new text once approved again', async () => {
    const before = uniqueWord('old');
    const after = uniqueWord('new');
    const id = await createDemand({ keywords: [before] });
    await approve('demands', id);
    await eventually(async () => expect(await demandIds(before)).toEqual([id]));

    const edited = await api(app)
      .patch(`/api/v1/demands/${id}`)
      .set(bearer(enterprise.token))
      .send({ keywords: [after] })
      .expect(200);
    expect(edited.body.status).toBe('pending');
    await eventually(async () => expect(await demandIds(before)).toEqual([]));
    await api(app).get(`/api/v1/demands/${id}`).expect(404);
    expect(await demandIds(after)).toEqual([]);

    await approve('demands', id);
    await eventually(async () => expect(await demandIds(after)).toEqual([id]));
    expect(await demandIds(before)).toEqual([]);

    const history = await api(app).get(`/api/v1/demands/${id}/history`).set(bearer(enterprise.token)).expect(200);
    expect(history.body.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
      [null, 'pending'],
      ['pending', 'published'],
      ['published', 'pending'],
      ['pending', 'published'],
    ]);
  });
});

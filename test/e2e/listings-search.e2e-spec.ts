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
  describe('hostile and malformed search input', () => {
    let word: string;
    let agriculture: string;
    let electronics: string;
    let cheap: string;
    let dear: string;

    beforeAll(async () => {
      word = uniqueWord('hx');
      agriculture = await createDemand({ keywords: [word], field: 'modern_agriculture', region: '331127', budgetMax: '50000.00' });
      electronics = await createDemand({
        keywords: [word],
        field: 'electronics',
        region: '330300',
        cooperationModes: ['license'],
        budgetMax: '900000.00',
      });
      cheap = await createOutcome({ keywords: [word], trl: 3, askingPrice: '10000.00' });
      dear = await createOutcome({ keywords: [word], trl: 8, askingPrice: '5000000.00', field: 'new_materials' });
      for (const id of [agriculture, electronics]) await approve('demands', id);
      for (const id of [cheap, dear]) await approve('outcomes', id);
      await eventually(async () => {
        expect((await demandIds(word)).sort()).toEqual([agriculture, electronics].sort());
        expect((await outcomeIds(word)).sort()).toEqual([cheap, dear].sort());
      });
    });

    it('counts facets per field and mode', async () => {
      const res = await searchDemands({ q: word }).expect(200);
      expect(res.body.facets.field).toEqual(
        expect.arrayContaining([
          { value: 'modern_agriculture', label: '现代农业', count: 1 },
          { value: 'electronics', label: '电子信息', count: 1 },
        ]),
      );
      expect(res.body.facets.modes).toEqual(expect.arrayContaining([{ value: 'license', label: '许可', count: 1 }]));
      const outcomes = await searchOutcomes({ q: word }).expect(200);
      expect(outcomes.body.facets.stage).toEqual(
        expect.arrayContaining([
          { value: 'lab', label: '实验室', count: 1 },
          { value: 'industrial', label: '产业化', count: 1 },
        ]),
      );
    });

    it.each([
      '" OR field = "electronics',
      '") OR (field = electronics',
      'field = electronics OR region = 330300',
      '[electronics] AND NOT modern_agriculture',
      `'; DROP TABLE demands; --`,
      '"""""',
      '\\" OR 1=1',
    ])('keeps the field filter when q contains %s', async (q) => {
      const res = await searchDemands({ q: `${word} ${q}`, field: 'modern_agriculture' }).expect(200);
      expect(res.body.items.every((i: { field: string }) => i.field === 'modern_agriculture')).toBe(true);
      expect(res.body.items.map((i: { id: string }) => i.id)).not.toContain(electronics);
      const plain = await searchDemands({ q: word, field: 'modern_agriculture' }).expect(200);
      expect(plain.body.items.map((i: { id: string }) => i.id)).toEqual([agriculture]);
    });

    it('does not let a filter value widen the filter', async () => {
      const region = await searchDemands({ q: word, region: '331127' }).expect(200);
      expect(region.body.items.map((i: { id: string }) => i.id)).toEqual([agriculture]);
      const budget = await searchDemands({ q: word, budgetMin: '100000.00' }).expect(200);
      expect(budget.body.items.map((i: { id: string }) => i.id)).toEqual([electronics]);
      const price = await searchOutcomes({ q: word, priceMax: '20000.00' }).expect(200);
      expect(price.body.items.map((i: { id: string }) => i.id)).toEqual([cheap]);
      const trl = await searchOutcomes({ q: word, trlMin: 7 }).expect(200);
      expect(trl.body.items.map((i: { id: string }) => i.id)).toEqual([dear]);
      const stage = await searchOutcomes({ q: word, stage: 'lab', mode: 'license' }).expect(200);
      expect(stage.body.items.map((i: { id: string }) => i.id)).toEqual([cheap]);
    });

    it.each([
      ['field', 'modern_agriculture" OR field = "electronics'],
      ['field', 'space'],
      ['region', '331127" OR region = "330300'],
      ['region', '33112'],
      ['mode', 'barter'],
      ['budgetMin', '1 OR 1=1'],
      ['budgetMin', '1e5'],
      ['budgetMin', '-1'],
      ['limit', '100000'],
      ['limit', '0'],
      ['page', '0'],
      ['page', 'two'],
      ['sort', 'budget'],
      ['q', 'x'.repeat(201)],
    ])('answers 400 naming %s for %s', async (name, value) => {
      const res = await searchDemands({ [name]: value }).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(name);
    });

    it.each([
      ['trlMin', '6 OR trl < 3'],
      ['trlMin', '10'],
      ['priceMax', '1.001'],
      ['stage', 'prototype'],
    ])('answers 400 naming %s for outcome search %s', async (name, value) => {
      const res = await searchOutcomes({ [name]: value }).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(name);
    });

    it('refuses unknown and repeated parameters', async () => {
      expect((await api(app).get('/api/v1/demands?filter=field%20%3D%20electronics').expect(400)).body.code).toBe('VALIDATION_FAILED');
      await api(app).get('/api/v1/demands?field=electronics&field=modern_agriculture').expect(400);
      await api(app).get('/api/v1/outcomes?q=a&q=b').expect(400);
    });

    it('answers a 200-character query of operators safely', async () => {
      const q = '"()[]=!<>ANDORNOT TO EXISTS IS NULL \\'.repeat(10).slice(0, 200);
      const res = await searchDemands({ q, limit: 100 }).expect(200);
      expect(Array.isArray(res.body.items)).toBe(true);
    });

    it('sorts by newest when asked', async () => {
      // publishedAt is indexed in seconds: publish the newest one in a later second than the others
      const second = Math.floor(Date.now() / 1000);
      await eventually(async () => expect(Math.floor(Date.now() / 1000)).toBeGreaterThan(second));
      const newest = await createOutcome({ keywords: [word, '最新'] });
      await approve('outcomes', newest);
      await eventually(async () => expect(await outcomeIds(word)).toContain(newest));
      const res = await searchOutcomes({ q: word, sort: 'newest' }).expect(200);
      const times = res.body.items.map((i: { publishedAt: string }) => Date.parse(i.publishedAt));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      expect(res.body.items[0].id).toBe(newest);
      expect(res.body.items).toHaveLength(3);
    });
  });
});

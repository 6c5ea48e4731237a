import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { createIsolatedDatabase, rowCounts, WORKER_KEPT } from '../helpers/isolated-db.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

interface Responsiveness {
  rate: number;
  medianHours: number | null;
  label: string;
  inquiries: number;
}

/**
 * Responsive owners and decline reasons through the public api: an organization's answers to the
 * inquiries on its listings show on its listings and in match lists; the bureau reads declines by
 * field. Its own database: the decline figures count the whole market.
 */
describe('responsive owners and decline reasons by field (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  let enterprise: Member;
  let responsive: Member;
  let newcomer: Member;
  const word = uniqueWord();
  const chinaYear = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear();
  const outcomes: string[] = [];
  let demandId: string;
  let newcomerOutcome: string;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('owners');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    worker = await startWorker(isolated.env);
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    enterprise = await registerMember(app, 'enterprise', { verifyWith: bureau });
    responsive = await registerMember(app, 'institution', { verifyWith: bureau });
    newcomer = await registerMember(app, 'institution', { verifyWith: bureau });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  const publish = async (kind: 'demands' | 'outcomes', token: string, body: Record<string, unknown>): Promise<string> => {
    const id = (await api(app).post(`/api/v1/${kind}`).set(bearer(token)).send(body).expect(201)).body.id as string;
    await api(app).post(`/api/v1/${kind}/${id}/approve`).set(bearer(bureau)).expect(200);
    return id;
  };
  const ask = async (token: string, target: { outcomeId?: string; demandId?: string }) =>
    (
      await api(app)
        .post('/api/v1/inquiries')
        .set(bearer(token))
        .send({ ...target, message: '想了解合作方式和费用。' })
        .expect(201)
    ).body.id as string;
  const dryingOutcome = (suffix: string) =>
    outcomeBody({
      title: `茶叶热泵均温烘干技术${suffix}${word}`,
      keywords: ['热泵', '烘干', word],
      abstract: `热泵烘干房气流均温控制，茶叶烘干含水率一致。${word}`,
    });

  it('shows how an owner answers inquiries on its listings and in match lists, only from three inquiries on', async () => {
    for (const suffix of ['一代', '二代', '三代']) outcomes.push(await publish('outcomes', responsive.token, dryingOutcome(suffix)));
    newcomerOutcome = await publish('outcomes', newcomer.token, dryingOutcome('新'));
    const [answered, declined] = [
      await ask(enterprise.token, { outcomeId: outcomes[0] }),
      await ask(enterprise.token, { outcomeId: outcomes[1] }),
    ];
    await ask(enterprise.token, { outcomeId: outcomes[2] }); // never answered
    await ask(enterprise.token, { outcomeId: newcomerOutcome });
    await api(app)
      .post(`/api/v1/inquiries/${answered}/messages`)
      .set(bearer(responsive.token))
      .send({ body: '可以，下周面谈。' })
      .expect(201);
    await api(app).post(`/api/v1/inquiries/${declined}/decline`).set(bearer(responsive.token)).send({ reason: 'price' }).expect(200);
    // The inquiries came in 50 hours before their answers.
    await db.query(`UPDATE inquiries SET created_at = created_at - interval '50 hours' WHERE owner_organization_id = $1`, [
      responsive.orgId,
    ]);

    const listing = (await api(app).get(`/api/v1/outcomes/${outcomes[0]}`).expect(200)).body;
    expect(listing.owner).toMatchObject({ organizationId: responsive.orgId, name: listing.organizationName });
    const figures = listing.owner.responsiveness as Responsiveness;
    expect(figures).toMatchObject({ rate: 0.667, inquiries: 3, label: '通常 3 天内回复' });
    expect(figures.medianHours).toBeGreaterThanOrEqual(50);
    expect(figures.medianHours).toBeLessThan(51);
    // One inquiry says nothing about an owner.
    const fresh = (await api(app).get(`/api/v1/outcomes/${newcomerOutcome}`).expect(200)).body;
    expect(fresh.owner.organizationId).toBe(newcomer.orgId);
    expect(fresh.owner.responsiveness).toBeUndefined();

    demandId = await publish(
      'demands',
      enterprise.token,
      demandBody({
        title: `烘干房温度不均，茶叶烘不透${word}`,
        keywords: ['烘干', '热泵', word],
        description: `茶叶烘干房上下温差大，热泵烘干效果差。${word}`,
      }),
    );
    const items = await eventually(async () => {
      const found = (await api(app).get(`/api/v1/demands/${demandId}/matches`).expect(200)).body.items as {
        outcome: { id: string; organizationId: string };
        responsiveness?: Responsiveness;
      }[];
      expect(found.map((i) => i.outcome.id)).toEqual(expect.arrayContaining([...outcomes, newcomerOutcome]));
      return found;
    });
    for (const item of items.filter((i) => i.outcome.organizationId === responsive.orgId)) {
      expect(item.responsiveness).toMatchObject({ rate: 0.667, label: '通常 3 天内回复' });
    }
    expect(items.find((i) => i.outcome.id === newcomerOutcome)!.responsiveness).toBeUndefined();
    // The stored list ranked them with the owners' responsiveness as a feature: 2/3 answered, in
    // 50 hours. The worker may still be settling the list (a thin market's recompute), so the
    // stored rows are read until they hold every outcome.
    await eventually(async () => {
      const stored = (await db.query(
        `SELECT counterpart_id AS id, (features->>'responsiveness')::float AS value FROM match_list_entries WHERE listing_kind = 'demand' AND listing_id = $1`,
        [demandId],
      )) as { id: string; value: number | null }[];
      const feature = new Map(stored.map((r) => [r.id, r.value ?? 0]));
      for (const id of outcomes) expect(feature.get(id)).toBeCloseTo(2 / 3 / (1 + 26 / 72), 2);
      expect(feature.get(newcomerOutcome)).toBe(0);
    });
  });

  it("counts the year's declines by the listing's field and the reason, with Chinese labels, for the bureau only", async () => {
    const asking = await ask(newcomer.token, { demandId });
    await api(app).post(`/api/v1/inquiries/${asking}/decline`).set(bearer(enterprise.token)).send({ reason: 'not_our_field' }).expect(200);
    const energy = await publish('outcomes', newcomer.token, outcomeBody({ field: 'new_energy', title: `光伏板清洗机器人${word}` }));
    const other = await ask(enterprise.token, { outcomeId: energy });
    await api(app)
      .post(`/api/v1/inquiries/${other}/decline`)
      .set(bearer(newcomer.token))
      .send({ reason: 'price', note: '报价已定' })
      .expect(200);

    const stats = (await api(app).get(`/api/v1/stats/declines?year=${chinaYear}`).set(bearer(bureau)).expect(200)).body;
    expect(stats).toMatchObject({ year: chinaYear, total: 3 });
    expect(stats.reasons.map((r: { reason: string }) => r.reason)).toEqual([
      'too_early',
      'price',
      'ip_unclear',
      'not_our_field',
      'capacity',
      'other',
    ]);
    expect(stats.reasons.find((r: { reason: string }) => r.reason === 'price')).toEqual({ reason: 'price', label: '价格不合适', count: 2 });
    expect(stats.fields).toEqual([
      {
        field: 'modern_agriculture',
        fieldLabel: '现代农业',
        total: 2,
        counts: expect.arrayContaining([
          { reason: 'price', label: '价格不合适', count: 1 },
          { reason: 'not_our_field', label: '不属于我方领域', count: 1 },
          { reason: 'other', label: '其他原因', count: 0 },
        ]),
      },
      {
        field: 'new_energy',
        fieldLabel: '新能源与节能',
        total: 1,
        counts: expect.arrayContaining([{ reason: 'price', label: '价格不合适', count: 1 }]),
      },
    ]);
    // Without a year: this year in China.
    expect((await api(app).get('/api/v1/stats/declines').set(bearer(bureau)).expect(200)).body.total).toBe(3);
    expect(
      (
        await api(app)
          .get(`/api/v1/stats/declines?year=${chinaYear - 1}`)
          .set(bearer(bureau))
          .expect(200)
      ).body,
    ).toMatchObject({
      total: 0,
      fields: [],
    });

    const before = await rowCounts(db, WORKER_KEPT);
    await api(app).get('/api/v1/stats/declines').set(bearer(enterprise.token)).expect(403);
    await api(app).get('/api/v1/stats/declines').expect(401);
    for (const bad of ['abc', '20261', "2026' OR 1=1 --"]) {
      const res = await api(app).get('/api/v1/stats/declines').query({ year: bad }).set(bearer(bureau)).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['year']);
    }
    expect(await rowCounts(db, WORKER_KEPT)).toEqual(before);
  });
});

import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bearer, eventually } from '../helpers/listings.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

interface InboxItem {
  id: string;
  type: string;
  title: string;
  payload: { demandId?: string; outcomeId?: string; reasons?: string[] };
  readAt: string | null;
}

/** Match alerts through the public api: nobody opens a match page, the organization is told. */
describe('match alerts and the notification centre (e2e)', () => {
  let market: TestMarket;
  let { app, db, bureau, enterprise, institution } = {} as TestMarket;

  beforeAll(async () => {
    market = await startMarket({ isolated: 'alerts' });
    ({ app, db, bureau, enterprise, institution } = market);
  });

  afterAll(() => market?.drop());

  const publish: TestMarket['publish'] = (kind, token, body) => market.publish(kind, token, body);
  const inbox = async (token: string) =>
    (await api(app).get('/api/v1/inbox').set(bearer(token)).expect(200)).body as { items: InboxItem[]; unreadCount: number };
  const listReady = (kind: 'demand' | 'outcome', id: string) =>
    eventually(async () => {
      const rows = (await db.query('SELECT 1 FROM match_lists WHERE listing_kind = $1 AND listing_id = $2 AND ready', [
        kind,
        id,
      ])) as unknown[];
      expect(rows).toHaveLength(1);
    });
  const inList = (kind: 'demand' | 'outcome', id: string, counterpartId: string) =>
    eventually(async () => {
      const rows = (await db.query('SELECT 1 FROM match_list_entries WHERE listing_kind = $1 AND listing_id = $2 AND counterpart_id = $3', [
        kind,
        id,
        counterpartId,
      ])) as unknown[];
      expect(rows).toHaveLength(1);
    });
  const dryingDemand = (word: string) =>
    demandBody({
      title: `烘干房温度不均，茶叶烘不透${word}`,
      keywords: ['烘干', '热泵', word],
      description: `茶叶烘干房上下温差大，热泵烘干效果差。${word}`,
    });
  const dryingOutcome = (word: string, suffix = '') =>
    outcomeBody({
      title: `茶叶热泵均温烘干技术${suffix}${word}`,
      keywords: ['热泵', '烘干', word],
      abstract: `热泵烘干房气流均温控制，茶叶烘干含水率一致。${word}`,
    });

  it('tells the demand’s organization of an outcome approved now that ranks among its best, once, and lets a member mark it read', async () => {
    const word = uniqueWord();
    const demandId = await publish('demands', enterprise.token, dryingDemand(word));
    await listReady('demand', demandId);
    const outcomeId = await publish('outcomes', institution.token, dryingOutcome(word));
    const alert = await eventually(async () => {
      const found = (await inbox(enterprise.token)).items.find((n) => n.payload.outcomeId === outcomeId);
      expect(found).toBeDefined();
      return found!;
    });
    expect(alert).toMatchObject({ type: 'match.new', readAt: null, payload: { demandId, outcomeId } });
    expect(alert.title).toContain('新的科技成果匹配');
    expect(alert.payload.reasons!.length).toBeGreaterThan(0);
    // The same outcome published again (edited, approved) is the same pair: no second alert.
    await api(app).patch(`/api/v1/outcomes/${outcomeId}`).set(bearer(institution.token)).send({ askingPrice: '120000.00' }).expect(200);
    await api(app).post(`/api/v1/outcomes/${outcomeId}/approve`).set(bearer(bureau)).expect(200);
    await inList('demand', demandId, outcomeId);
    expect((await inbox(enterprise.token)).items.filter((n) => n.payload.outcomeId === outcomeId)).toHaveLength(1);

    const unread = (await inbox(enterprise.token)).unreadCount;
    expect(unread).toBeGreaterThan(0);
    // Another organization's notification does not exist for the institution.
    await api(app).post(`/api/v1/inbox/${alert.id}/read`).set(bearer(institution.token)).expect(404);
    const read = await api(app).post(`/api/v1/inbox/${alert.id}/read`).set(bearer(enterprise.token)).expect(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await inbox(enterprise.token)).unreadCount).toBe(unread - 1);
  });

  it('never alerts a pair one side declined', async () => {
    const word = uniqueWord();
    const demandId = await publish('demands', enterprise.token, dryingDemand(word));
    await listReady('demand', demandId);
    const inquiry = await api(app)
      .post('/api/v1/inquiries')
      .set(bearer(institution.token))
      .send({ demandId, message: '我们有热泵烘干方面的成果。' })
      .expect(201);
    await api(app)
      .post(`/api/v1/inquiries/${inquiry.body.id}/decline`)
      .set(bearer(enterprise.token))
      .send({ reason: 'not_our_field' })
      .expect(200);
    const outcomeId = await publish('outcomes', institution.token, dryingOutcome(word, '二代'));
    await inList('demand', demandId, outcomeId);
    // The pair published after the decline. (An earlier outcome of the institution that an earlier
    // test re-approved may still be scored into this demand's list before the decline lands, and
    // that alert was right when it was made.)
    expect(
      (await inbox(enterprise.token)).items.filter((n) => n.payload.demandId === demandId && n.payload.outcomeId === outcomeId),
    ).toEqual([]);
  });

  it('turns a newly published listing that fits a subscription into a subscription.hit, and a deleted subscription into none', async () => {
    const word = uniqueWord();
    const fits = await api(app)
      .post('/api/v1/subscriptions')
      .set(bearer(enterprise.token))
      .send({ kind: 'outcome', q: `热泵 ${word}`, field: 'modern_agriculture' })
      .expect(201);
    const other = await api(app).post('/api/v1/subscriptions').set(bearer(enterprise.token)).send({ kind: 'outcome', q: word }).expect(201);
    const bad = await api(app)
      .post('/api/v1/subscriptions')
      .set(bearer(enterprise.token))
      .send({ kind: 'patent', modes: ['sell'] })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['kind', 'modes']);
    expect(
      (await api(app).get('/api/v1/subscriptions').set(bearer(enterprise.token)).expect(200)).body.items.map((s: { id: string }) => s.id),
    ).toEqual(expect.arrayContaining([fits.body.id, other.body.id]));
    await api(app).delete(`/api/v1/subscriptions/${other.body.id}`).set(bearer(institution.token)).expect(404);
    await api(app).delete(`/api/v1/subscriptions/${other.body.id}`).set(bearer(enterprise.token)).expect(204);

    const outcomeId = await publish('outcomes', institution.token, dryingOutcome(word, '三代'));
    const hit = await eventually(async () => {
      const found = (await inbox(enterprise.token)).items.filter(
        (n) => n.type === 'subscription.hit' && (n.payload as { listingId?: string }).listingId === outcomeId,
      );
      expect(found).toHaveLength(1);
      return found[0];
    });
    expect(hit.payload).toMatchObject({ subscriptionId: fits.body.id, listingKind: 'outcome' });
  });
});

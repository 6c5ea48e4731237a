import { ListingExpiry } from '@app/listings';
import { demandBody, outcomeBody, uniqueWord } from '../../libs/listings/test/listings.factory.js';
import { bearer, eventually } from '../helpers/listings.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

/** Fresh listings: expiry after LISTING_TTL_DAYS (180) unless reconfirmed, a reminder 14 days ahead. */
describe('listing expiry and reconfirmation (e2e)', () => {
  let market: TestMarket;
  let { app, worker, db, enterprise, institution } = {} as TestMarket;

  beforeAll(async () => {
    market = await startMarket({ isolated: 'expiry' });
    ({ app, worker, db, enterprise, institution } = market);
  });

  afterAll(() => market?.drop());

  const publish: TestMarket['publish'] = (kind, token, body) => market.publish(kind, token, body);
  /** The listing as if it had been confirmed `days` ago (time passing, without waiting for it). */
  const age = (table: 'demands' | 'outcomes', id: string, days: number) =>
    db.query(`UPDATE ${table} SET confirmed_at = $2, published_at = $2 WHERE id = $1`, [id, daysAgo(days)]);
  const sweep = () => worker.get(ListingExpiry).sweep();
  const searchTotal = async (word: string) => (await api(app).get('/api/v1/outcomes').query({ q: word }).expect(200)).body.total as number;
  const matchIds = async (demandId: string) =>
    (
      (await api(app).get(`/api/v1/demands/${demandId}/matches`).query({ limit: 50 }).expect(200)).body.items as {
        outcome: { id: string };
      }[]
    ).map((i) => i.outcome.id);

  async function pair() {
    const word = uniqueWord();
    const demandId = await publish(
      'demands',
      enterprise.token,
      demandBody({
        title: `烘干房温度不均，茶叶烘不透${word}`,
        keywords: ['烘干', '热泵', word],
        description: `茶叶烘干房上下温差大。${word}`,
      }),
    );
    const outcomeId = await publish(
      'outcomes',
      institution.token,
      outcomeBody({ title: `茶叶热泵均温烘干技术${word}`, keywords: ['热泵', '烘干', word], abstract: `热泵烘干房气流均温控制。${word}` }),
    );
    await eventually(async () => {
      expect(await searchTotal(word)).toBe(1);
      expect(await matchIds(demandId)).toContain(outcomeId);
    });
    return { word, demandId, outcomeId };
  }

  it('moves an unconfirmed listing out of search and match lists, and back in when its owner reconfirms it', async () => {
    const { word, demandId, outcomeId } = await pair();
    await age('outcomes', outcomeId, 181);
    expect((await sweep()).expired).toBeGreaterThanOrEqual(1);
    await eventually(async () => {
      expect(await searchTotal(word)).toBe(0);
      expect(await matchIds(demandId)).not.toContain(outcomeId);
    });
    await api(app).get(`/api/v1/outcomes/${outcomeId}`).expect(404);
    const mine = await api(app).get(`/api/v1/outcomes/${outcomeId}`).set(bearer(institution.token)).expect(200);
    expect(mine.body.status).toBe('expired');

    // Only the owner reconfirms.
    await api(app).post(`/api/v1/outcomes/${outcomeId}/reconfirm`).set(bearer(enterprise.token)).expect(403);
    const back = await api(app).post(`/api/v1/outcomes/${outcomeId}/reconfirm`).set(bearer(institution.token)).expect(200);
    expect(back.body.status).toBe('published');
    expect(Date.now() - new Date(back.body.confirmedAt).getTime()).toBeLessThan(60_000);
    await eventually(async () => {
      expect(await searchTotal(word)).toBe(1);
      expect(await matchIds(demandId)).toContain(outcomeId);
    });
  });

  it('reminds the owner 14 days ahead, once, and a reconfirmed listing does not expire', async () => {
    const { outcomeId } = await pair();
    await age('outcomes', outcomeId, 170);
    await sweep();
    await sweep();
    const inbox = (await api(app).get('/api/v1/inbox').set(bearer(institution.token)).expect(200)).body as {
      items: { type: string; payload: { listingId: string } }[];
    };
    expect(inbox.items.filter((n) => n.type === 'listing.expiring' && n.payload.listingId === outcomeId)).toHaveLength(1);
    await api(app).post(`/api/v1/outcomes/${outcomeId}/reconfirm`).set(bearer(institution.token)).expect(200);
    await sweep();
    expect((await api(app).get(`/api/v1/outcomes/${outcomeId}`).expect(200)).body.status).toBe('published');
  });

  it('refuses to reconfirm a closed listing', async () => {
    const { outcomeId } = await pair();
    await api(app).post(`/api/v1/outcomes/${outcomeId}/close`).set(bearer(institution.token)).expect(200);
    await api(app).post(`/api/v1/outcomes/${outcomeId}/reconfirm`).set(bearer(institution.token)).expect(409);
  });
});

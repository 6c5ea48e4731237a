import { Test, type TestingModule } from '@nestjs/testing';
import { AccountsModule, AccountsService } from '@app/accounts';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { DataSource } from 'typeorm';
import { registerBody } from '../../accounts/test/accounts.factory.js';
import { ListingImportService, ListingsModule, ListingsService, toDemandDocument } from '../src/index.js';
import { ListingChanges } from '../src/listing-changes.service.js';
import { demandBody, outcomeBody } from './listings.factory.js';

/** The reads and writes other domains use: published-by-id for matching, fulfil for deals. */
describe(ListingsService.name, () => {
  let moduleRef: TestingModule;
  let listings: ListingsService;
  let importer: ListingImportService;
  let changes: ListingChanges;
  let owner: { organizationId: string; userId: string };
  let institution: { organizationId: string; userId: string };

  beforeAll(async () => {
    moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(), DatabaseModule, QueueModule.forRoot('producer'), SearchModule, AccountsModule, ListingsModule],
    }).compile();
    await moduleRef.init();
    listings = moduleRef.get(ListingsService);
    importer = moduleRef.get(ListingImportService);
    changes = moduleRef.get(ListingChanges);
    const accounts = moduleRef.get(AccountsService);
    const enterprise = await accounts.register(registerBody({ type: 'enterprise' }) as never);
    owner = { organizationId: enterprise.org.id, userId: enterprise.user.id };
    const university = await accounts.register(registerBody({ type: 'institution' }) as never);
    institution = { organizationId: university.org.id, userId: university.user.id };
  });

  afterAll(async () => {
    await moduleRef.close();
  });

  const { contactName: _n, contactPhone: _p, contactEmail: _e, ...demandInput } = demandBody({ deadline: undefined });

  describe('publishedDocument of a demand', () => {
    it('returns the document the index holds, with the organization’s name', async () => {
      const demand = await importer.publish('demand', owner, demandInput as never, 'test', new Date('2026-01-02T03:04:05Z'));
      const doc = await listings.publishedDocument('demand', demand.id);
      expect(doc).toEqual(toDemandDocument(demand, '青岚云雾茶业有限公司'));
      expect(doc).toMatchObject({ budgetMaxFen: 20000000, publishedAt: 1767323045, cooperationModes: ['joint_development', 'service'] });
      expect(doc).not.toHaveProperty('contactPhone');
    });

    it('treats a listing that is not published as unknown', async () => {
      const demand = await importer.publish('demand', owner, demandInput as never, 'test');
      await changes.close('demand', { ...owner, orgType: 'enterprise', orgRole: 'admin', verified: false, emailVerified: true }, demand.id);
      await expect(listings.published('demand', demand.id)).rejects.toMatchObject({ code: 'LISTING_NOT_FOUND' });
    });
  });

  describe('publishedDocument of an outcome', () => {
    it('derives the TRL stage and keeps money in fen', async () => {
      const { contactName: _cn, contactPhone: _cp, contactEmail: _ce, ...input } = outcomeBody({ trl: 4 });
      const outcome = await importer.publish('outcome', institution, input as never, 'test');
      expect(await listings.publishedDocument('outcome', outcome.id)).toMatchObject({
        id: outcome.id,
        trl: 4,
        stage: 'pilot_small',
        askingPriceFen: 80000000,
        transferModes: ['license', 'transfer'],
      });
    });
  });

  describe('fulfilWithin (ListingChanges)', () => {
    it('takes a published listing off the market once, with a history row and an outbox row', async () => {
      const demand = await importer.publish('demand', owner, demandInput as never, 'test');
      const db = moduleRef.get(DataSource);
      const outboxBefore = Number((await db.query('SELECT count(*) AS n FROM listing_outbox WHERE listing_id = $1', [demand.id]))[0].n);
      expect(await db.transaction((manager) => changes.fulfilWithin(manager, 'demand', demand.id))).toBe(true);
      expect((await db.query('SELECT status FROM demands WHERE id = $1', [demand.id]))[0].status).toBe('fulfilled');
      expect(await db.transaction((manager) => changes.fulfilWithin(manager, 'demand', demand.id))).toBe(false);
      const history = await db.query(
        'SELECT from_status, to_status, reason FROM listing_status_history WHERE listing_id = $1 ORDER BY id',
        [demand.id],
      );
      expect(history).toEqual([
        { from_status: null, to_status: 'published', reason: 'test' },
        { from_status: 'published', to_status: 'fulfilled', reason: '技术合同已登记' },
      ]);
      const outboxAfter = Number((await db.query('SELECT count(*) AS n FROM listing_outbox WHERE listing_id = $1', [demand.id]))[0].n);
      expect(outboxAfter).toBeGreaterThan(outboxBefore);
      await expect(listings.published('demand', demand.id)).rejects.toMatchObject({ code: 'LISTING_NOT_FOUND' });
    });

    it('leaves a pending listing as it is', async () => {
      const { contactName: _cn, contactPhone: _cp, contactEmail: _ce, ...input } = outcomeBody();
      const outcome = await importer.publish('outcome', institution, input as never, 'test');
      const db = moduleRef.get(DataSource);
      await db.query(`UPDATE outcomes SET status = 'pending' WHERE id = $1`, [outcome.id]);
      expect(await db.transaction((manager) => changes.fulfilWithin(manager, 'outcome', outcome.id))).toBe(false);
      expect((await db.query('SELECT status FROM outcomes WHERE id = $1', [outcome.id]))[0].status).toBe('pending');
    });
  });
});

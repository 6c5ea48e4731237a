import { Global, Module, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { DataSource } from 'typeorm';
import { AccountsModule, AccountsService } from '@app/accounts';
import { ValidationFailedError, type Field } from '@app/common';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { registerBody } from '../../accounts/test/accounts.factory.js';
import {
  DEAL_LISTINGS_PORT,
  DealIntakeService,
  DealRecordingService,
  DealsModule,
  type Caller,
  type DealListingRefs,
  type DealListingsPort,
} from '../src/index.js';

/** Listings as the port sees them: enough to check that deals use the seam as documented. */
class InMemoryListings implements DealListingsPort {
  readonly listings = new Map<string, { field: Field; status: string }>();
  fulfilledInTransaction = false;

  async resolveField(refs: DealListingRefs): Promise<Field | null> {
    for (const [name, id] of [
      ['demandId', refs.demandId],
      ['outcomeId', refs.outcomeId],
    ] as const) {
      if (id && !this.listings.has(id)) throw ValidationFailedError.forField(name, `${name}: no such listing`);
    }
    return this.listings.get(refs.demandId ?? refs.outcomeId ?? '')?.field ?? null;
  }

  async markFulfilled(manager: EntityManager, refs: DealListingRefs): Promise<void> {
    this.fulfilledInTransaction = manager.queryRunner?.isTransactionActive ?? false;
    for (const id of [refs.demandId, refs.outcomeId]) if (id && this.listings.has(id)) this.listings.get(id)!.status = 'fulfilled';
  }
}

const listings = new InMemoryListings();

@Global()
@Module({ providers: [{ provide: DEAL_LISTINGS_PORT, useValue: listings }], exports: [DEAL_LISTINGS_PORT] })
class ListingsPortModule {}

@Module({
  imports: [ConfigModule.forRoot(), DatabaseModule, QueueModule.forRoot('producer'), AccountsModule, ListingsPortModule, DealsModule],
})
class TestModule {}

describe('DealListingsPort', () => {
  let app: INestApplicationContext;
  let caller: Caller;
  let sellerOrgId: string;

  beforeAll(async () => {
    app = await NestFactory.createApplicationContext(TestModule, { logger: false });
    const accounts = app.get(AccountsService);
    const buyer = await accounts.register(registerBody({ type: 'enterprise' }) as Parameters<AccountsService['register']>[0]);
    const seller = await accounts.register(registerBody({ type: 'institution' }) as Parameters<AccountsService['register']>[0]);
    caller = { userId: buyer.user.id, organizationId: buyer.org.id, orgType: 'enterprise' };
    sellerOrgId = seller.org.id;
  });

  afterAll(async () => {
    await app.close();
  });

  const input = (overrides: Record<string, unknown>) => ({
    buyerOrgId: caller.organizationId,
    sellerOrgId,
    contractType: 'transfer' as const,
    amount: '500.00',
    signedAt: '2006-06-06',
    ...overrides,
  });

  it('takes the field from the referenced listing and marks it fulfilled in the recording transaction', async () => {
    const outcomeId = randomUUID();
    listings.listings.set(outcomeId, { field: 'new_materials', status: 'published' });
    const deal = await app.get(DealIntakeService).accept(caller, randomUUID(), input({ outcomeId }));
    const [row] = await app.get(DataSource).query('SELECT field, outcome_id FROM deals WHERE id = $1', [deal.id]);
    expect(row).toEqual({ field: 'new_materials', outcome_id: outcomeId });
    expect(await app.get(DealRecordingService).record(deal.id)).toBe('recorded');
    expect(listings.listings.get(outcomeId)!.status).toBe('fulfilled');
    expect(listings.fulfilledInTransaction).toBe(true);
  });

  it('refuses a reference to a listing that does not exist, naming the field', async () => {
    const key = randomUUID();
    await expect(
      app.get(DealIntakeService).accept(caller, key, input({ demandId: randomUUID(), field: 'electronics' })),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      details: { errors: [{ field: 'demandId', messages: [expect.any(String)] }] },
    });
    expect(await app.get(DataSource).query('SELECT 1 FROM deals WHERE idempotency_key = $1', [key])).toEqual([]);
  });
});

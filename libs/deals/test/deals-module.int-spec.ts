import { Test } from '@nestjs/testing';
import { AccountsModule } from '@app/accounts';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DealListingsModule } from '@app/listings';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { DealIntakeService, DealsModule } from '../src/index.js';

/**
 * The listings port is a required provider: an app that leaves it out fails at start, not at the
 * first deal. Preview mode resolves every dependency without running a factory (no connection
 * is opened, so a failed start leaks none).
 */
describe(DealsModule.name, () => {
  const base = [ConfigModule.forRoot(), DatabaseModule, QueueModule.forRoot('producer'), SearchModule, AccountsModule];

  it('fails to start without a provider of DEAL_LISTINGS_PORT', async () => {
    await expect(Test.createTestingModule({ imports: [...base, DealsModule] }).compile({ preview: true })).rejects.toThrow(
      /DEAL_LISTINGS_PORT/,
    );
  });

  it('starts with the listings lib’s DealListingsModule', async () => {
    // Nothing was instantiated, so there is nothing to close.
    const moduleRef = await Test.createTestingModule({ imports: [...base, DealListingsModule, DealsModule] }).compile({ preview: true });
    expect(moduleRef.get(DealIntakeService)).toBeDefined();
  });
});

import { Global, Module } from '@nestjs/common';
import { DEAL_LISTINGS_PORT } from '@app/deals';
import { DealListingsAdapter } from './deal-listings.adapter.js';
import { ListingsModule } from './listings.module.js';

/** Provides the listings side of deals to every module, in the api, the worker and the CLI. */
@Global()
@Module({
  imports: [ListingsModule],
  providers: [{ provide: DEAL_LISTINGS_PORT, useExisting: DealListingsAdapter }],
  exports: [DEAL_LISTINGS_PORT],
})
export class DealListingsModule {}

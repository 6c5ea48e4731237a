import { Global, Module } from '@nestjs/common';
import { DEAL_LISTINGS_PORT } from '@app/deals';
import { DealListingsAdapter } from './deal-listings.adapter.js';
import { ListingsModule } from './listings.module.js';

/**
 * Makes ListingsModule's DEAL_LISTINGS_PORT visible to the deals lib, which requires it: every
 * app that imports DealsModule imports this module too, or fails at start. Global because
 * DealsModule cannot import ListingsModule (listings implements the port it declares).
 */
@Global()
@Module({
  imports: [ListingsModule],
  providers: [{ provide: DEAL_LISTINGS_PORT, useExisting: DealListingsAdapter }],
  exports: [DEAL_LISTINGS_PORT],
})
export class DealListingsModule {}

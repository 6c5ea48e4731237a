import { Global, Injectable, Module } from '@nestjs/common';
import { DEAL_CANCELLATION_HOOK, type DealCancellationHook } from '@app/deals';
import type { EntityManager } from 'typeorm';
import { VouchersModule } from './vouchers.module.js';
import { VouchersService } from './vouchers.service.js';

/** A cancelled deal gives its voucher redemptions back, in the cancellation's transaction. */
@Injectable()
export class VoucherCancellationHook implements DealCancellationHook {
  constructor(private readonly vouchers: VouchersService) {}

  async onCancelled(manager: EntityManager, dealId: string, userId: string | null): Promise<void> {
    await this.vouchers.reverseForDeal(dealId, userId, manager);
  }
}

/** Makes the hook visible to the deals lib, which takes it as an optional global. */
@Global()
@Module({
  imports: [VouchersModule],
  providers: [VoucherCancellationHook, { provide: DEAL_CANCELLATION_HOOK, useExisting: VoucherCancellationHook }],
  exports: [DEAL_CANCELLATION_HOOK],
})
export class VoucherCancellationModule {}

import { Module } from '@nestjs/common';
import { PricingModule } from '@app/pricing';
import { VouchersModule } from '@app/vouchers';
import { PriceGuidanceController, VoucherBudgetsController, VouchersController, VoucherStatsController } from './vouchers.controller.js';

/** Innovation vouchers (budget, issue, redemption, stats) and price guidance. */
@Module({
  imports: [VouchersModule, PricingModule],
  controllers: [VoucherBudgetsController, VouchersController, VoucherStatsController, PriceGuidanceController],
})
export class VouchersHttpModule {}

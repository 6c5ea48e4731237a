import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { Voucher, VoucherBudget, VoucherDealTotal, VoucherLedgerEntry } from './voucher.entity.js';
import { VouchersService } from './vouchers.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([VoucherBudget, Voucher, VoucherLedgerEntry, VoucherDealTotal]), AccountsModule],
  providers: [VouchersService],
  exports: [VouchersService],
})
export class VouchersModule {}

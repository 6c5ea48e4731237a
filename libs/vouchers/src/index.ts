export {
  Voucher,
  VoucherBudget,
  VoucherDealTotal,
  VoucherLedgerEntry,
  VOUCHER_ENTRY_KINDS,
  VOUCHER_MODE_LABELS,
  VOUCHER_MODES,
  type VoucherEntryKind,
  type VoucherMode,
} from './voucher.entity.js';
export { budgetExceeded, redemptionRefused, voucherNotFound, VouchersError, type VouchersErrorCode } from './vouchers.errors.js';
export { VouchersModule } from './vouchers.module.js';
export { VoucherCancellationHook, VoucherCancellationModule } from './voucher-cancellation.module.js';
export {
  ratio,
  VouchersService,
  type IssueInput,
  type RedeemInput,
  type RedemptionResult,
  type VoucherCaller,
  type VoucherStats,
  type VoucherView,
} from './vouchers.service.js';

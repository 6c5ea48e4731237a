import { DomainError } from '@app/common';

export type VouchersErrorCode = 'VOUCHER_NOT_FOUND' | 'VOUCHER_BUDGET_EXCEEDED' | 'VOUCHER_REDEMPTION_REFUSED';

export class VouchersError extends DomainError<VouchersErrorCode> {}

export const voucherNotFound = () => new VouchersError('VOUCHER_NOT_FOUND', 'Voucher not found (创新券不存在)');

/** 409: the budget (or what is already issued against it) does not allow this. */
export const budgetExceeded = (message: string, field: string) =>
  new VouchersError('VOUCHER_BUDGET_EXCEEDED', message, { errors: [{ field, messages: [message] }] });

/** 409: the voucher, the deal or an earlier redemption does not allow this redemption. */
export const redemptionRefused = (message: string, field: string) =>
  new VouchersError('VOUCHER_REDEMPTION_REFUSED', message, { errors: [{ field, messages: [message] }] });

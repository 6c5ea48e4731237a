/** Innovation vouchers (创新券) and price guidance: the api's routes, one function each. */
import { api, call, type BodyOf, type QueryOf } from './client';
import type { Schemas } from './models';

export type Voucher = Schemas['VoucherResponse'];
export type VoucherMode = Voucher['mode'];
export type VoucherRedemption = Schemas['VoucherRedemptionResponse'];
export type VoucherDetail = Schemas['VoucherDetailResponse'];
export type VoucherBudget = Schemas['VoucherBudgetResponse'];
export type VoucherStats = Schemas['VoucherStatsResponse'];
export type PriceGuidance = Schemas['PriceGuidanceResponse'];

const ofYear = (year: number) => ({ params: { path: { year } } });

export const getVoucherBudget = (year: number) => call(api.GET('/api/v1/voucher-budgets/{year}', ofYear(year)));
export const putVoucherBudget = (year: number, amount: string) =>
  call(api.PUT('/api/v1/voucher-budgets/{year}', { ...ofYear(year), body: { amount } }));
export const issueVoucher = (body: BodyOf<'/api/v1/vouchers', 'post'>, idempotencyKey: string) =>
  call(api.POST('/api/v1/vouchers', { body, params: { header: { 'Idempotency-Key': idempotencyKey } } }));
export const listVouchers = (year?: number) => call(api.GET('/api/v1/vouchers', { params: { query: { year } } }));
export const getVoucher = (id: string) => call(api.GET('/api/v1/vouchers/{id}', { params: { path: { id } } }));
export const redeemVoucher = (id: string, body: BodyOf<'/api/v1/vouchers/{id}/redemptions', 'post'>) =>
  call(api.POST('/api/v1/vouchers/{id}/redemptions', { params: { path: { id } }, body }));
export const getVoucherStats = (year: number) => call(api.GET('/api/v1/stats/vouchers', { params: { query: { year } } }));
export const getPriceGuidance = (query: QueryOf<'/api/v1/price-guidance'>) =>
  call(api.GET('/api/v1/price-guidance', { params: { query } }));

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Validate } from 'class-validator';
import { CONTRACT_TYPES, FIELDS, formatFen, TRL_STAGES } from '@app/common';
import type { PriceGuidance } from '@app/pricing';
import {
  VOUCHER_MODES,
  type Voucher,
  type VoucherBudget,
  type VoucherLedgerEntry,
  type VoucherMode,
  type VoucherStats,
} from '@app/vouchers';
import { YuanRule } from '../http/yuan.rule.js';

export class PutVoucherBudgetDto {
  @ApiProperty({ type: String, example: '2000000.00', description: '年度创新券额度 in yuan; not below what is already issued' })
  @Validate(YuanRule)
  amount: string;
}

export class VoucherBudgetResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: String, example: '2000000.00' }) amount: string;
  @ApiProperty({ type: String, example: '350000.00', description: 'issued against the budget' }) issued: string;
  @ApiProperty({ type: String, example: '1650000.00' }) remaining: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export const toVoucherBudgetResponse = (b: VoucherBudget): VoucherBudgetResponse => ({
  year: b.year,
  amount: formatFen(b.amountFen),
  issued: formatFen(b.issuedFen),
  remaining: formatFen(BigInt(b.amountFen) - BigInt(b.issuedFen)),
  updatedAt: b.updatedAt.toISOString(),
});

export class IssueVoucherDto {
  @ApiProperty({ type: String, format: 'uuid', description: '持券企业 (a verified enterprise)' })
  @IsUUID('all', { message: 'organizationId must be an organization id (UUID)' })
  organizationId: string;

  @ApiProperty({ type: String, example: '100000.00', description: '面额 in yuan' })
  @Validate(YuanRule)
  amount: string;

  @ApiProperty({ type: String, format: 'date', example: '2027-06-30', description: '有效期至 (inclusive, China time)' })
  @IsString({ message: 'validUntil must be a date written YYYY-MM-DD' })
  validUntil: string;

  @ApiProperty({
    enum: VOUCHER_MODES,
    description: 'general 通用: the holder redeems; exchange 通兑: the provider (the deal’s seller) redeems',
  })
  @IsIn(VOUCHER_MODES, { message: `mode must be one of ${VOUCHER_MODES.join(', ')}` })
  mode: VoucherMode;
}

export class RedeemVoucherDto {
  @ApiProperty({ type: String, format: 'uuid', description: 'a registered, recorded deal in which the holder is the buyer' })
  @IsUUID('all', { message: 'dealId must be a deal id (UUID)' })
  dealId: string;

  @ApiProperty({
    type: String,
    example: '50000.00',
    description: 'yuan to redeem: within the voucher’s remaining amount and the deal’s voucher share',
  })
  @Validate(YuanRule)
  amount: string;
}

export class VoucherRedemptionResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) voucherId: string;
  @ApiProperty({ type: String, format: 'uuid' }) dealId: string;
  @ApiProperty({ enum: ['redeem', 'reverse'], description: 'reverse: the deal was cancelled and the redemption returned to the voucher' })
  kind: 'redeem' | 'reverse';
  @ApiProperty({ type: String, example: '50000.00' }) amount: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) byOrgId: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export const toRedemptionResponse = (e: VoucherLedgerEntry): VoucherRedemptionResponse => ({
  id: e.id,
  voucherId: e.voucherId,
  dealId: e.dealId,
  kind: e.kind,
  amount: formatFen(e.amountFen),
  byOrgId: e.byOrgId,
  createdAt: e.createdAt.toISOString(),
});

export class VoucherResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ type: String, format: 'uuid' }) organizationId: string;
  @ApiProperty({ type: Number, description: 'budget year' }) year: number;
  @ApiProperty({ enum: VOUCHER_MODES }) mode: VoucherMode;
  @ApiProperty({ type: String, example: '100000.00' }) amount: string;
  @ApiProperty({ type: String, example: '50000.00' }) redeemed: string;
  @ApiProperty({ type: String, example: '50000.00' }) remaining: string;
  @ApiProperty({ type: String, format: 'date' }) validUntil: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class VoucherDetailResponse extends VoucherResponse {
  @ApiProperty({ type: [VoucherRedemptionResponse], description: 'the voucher’s ledger, oldest first' })
  redemptions: VoucherRedemptionResponse[];
}

export const toVoucherResponse = (v: Voucher): VoucherResponse => ({
  id: v.id,
  organizationId: v.organizationId,
  year: v.year,
  mode: v.mode,
  amount: formatFen(v.amountFen),
  redeemed: formatFen(v.redeemedFen),
  remaining: formatFen(BigInt(v.amountFen) - BigInt(v.redeemedFen)),
  validUntil: v.validUntil,
  createdAt: v.createdAt.toISOString(),
});

export class VoucherStatsResponse {
  @ApiProperty({ type: Number }) year: number;
  @ApiProperty({ type: String, nullable: true, example: '2000000.00', description: 'null: no budget set' }) budget: string | null;
  @ApiProperty({ type: String }) issued: string;
  @ApiProperty({ type: String, description: 'redeemed, net of reversals' }) redeemed: string;
  @ApiProperty({ type: String, description: 'left unredeemed on vouchers past their date' }) expired: string;
  @ApiProperty({ type: String, description: 'left on vouchers still valid' }) outstanding: string;
  @ApiProperty({ type: Number }) vouchers: number;
  @ApiProperty({ type: Number, description: 'recorded deals paid in part by vouchers' }) dealsPaid: number;
  @ApiProperty({ type: String, description: '成交额 of those deals' }) paidDealsTurnover: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: '6.25',
    description: 'paidDealsTurnover ÷ redeemed (杠杆率); null while nothing is redeemed',
  })
  leverage: string | null;
}

export const toVoucherStatsResponse = (s: VoucherStats): VoucherStatsResponse => ({
  year: s.year,
  budget: s.budgetFen === null ? null : formatFen(s.budgetFen),
  issued: formatFen(s.issuedFen),
  redeemed: formatFen(s.redeemedFen),
  expired: formatFen(s.expiredFen),
  outstanding: formatFen(s.outstandingFen),
  vouchers: s.vouchers,
  dealsPaid: s.dealsPaid,
  paidDealsTurnover: formatFen(s.paidDealsTurnoverFen),
  leverage: s.leverage,
});

export class PriceGuidanceQueryDto {
  @ApiPropertyOptional({ enum: FIELDS, description: '技术领域' })
  @IsOptional()
  @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
  field?: string;

  @ApiPropertyOptional({
    enum: TRL_STAGES,
    description: 'stage of the outcome sold (its TRL): lab 1–3, pilot_small 4–5, pilot 6–7, industrial 8–9',
  })
  @IsOptional()
  @IsIn(TRL_STAGES, { message: `stage must be one of ${TRL_STAGES.join(', ')}` })
  stage?: string;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES, description: 'kind of contract: 技术开发, 转让, 许可, 咨询, 服务' })
  @IsOptional()
  @IsIn(CONTRACT_TYPES, { message: `mode must be one of ${CONTRACT_TYPES.join(', ')}` })
  mode?: string;
}

export class PriceGuidanceResponse {
  @ApiProperty({ type: Number, description: 'recorded deals behind the figures' }) n: number;
  @ApiProperty({ type: Boolean, description: 'true below five deals: no range is given' }) insufficient: boolean;
  @ApiProperty({ type: String, format: 'date', description: 'deals signed after this day count (three years)' }) since: string;
  @ApiProperty({ enum: FIELDS, nullable: true }) field: string | null;
  @ApiProperty({ enum: TRL_STAGES, nullable: true }) stage: string | null;
  @ApiProperty({ enum: CONTRACT_TYPES, nullable: true }) mode: string | null;
  @ApiPropertyOptional({ type: String, example: '300000.00', description: '技术交易额, 25th percentile, three significant figures' })
  p25?: string;
  @ApiPropertyOptional({ type: String, example: '500000.00' }) median?: string;
  @ApiPropertyOptional({ type: String, example: '800000.00' }) p75?: string;
}

export const toPriceGuidanceResponse = (g: PriceGuidance): PriceGuidanceResponse => {
  const { n, since, field, stage, mode } = g;
  if (g.insufficient) return { n, insufficient: true, since, field, stage, mode };
  return {
    n,
    insufficient: false,
    since,
    field,
    stage,
    mode,
    p25: formatFen(g.p25Fen),
    median: formatFen(g.medianFen),
    p75: formatFen(g.p75Fen),
  };
};

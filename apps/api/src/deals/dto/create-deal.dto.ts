import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Validate } from 'class-validator';
import { CONTRACT_SUBTYPES, DEAL_PRICINGS, PAYMENT_MODES, type DealPricing, type PaymentMode } from '@app/deals';
import { CONTRACT_TYPES, FIELDS, type ContractType, type Field } from '@app/common';
import { YuanRule } from '../../http/yuan.rule.js';

export class CreateDealDto {
  @ApiProperty({ type: String, format: 'uuid', description: '买方 (buyer organization)' })
  @IsUUID('all', { message: 'buyerOrgId must be an organization id (UUID)' })
  buyerOrgId: string;

  @ApiProperty({ type: String, format: 'uuid', description: '卖方 (seller organization)' })
  @IsUUID('all', { message: 'sellerOrgId must be an organization id (UUID)' })
  sellerOrgId: string;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'demandId must be a UUID' })
  demandId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'outcomeId must be a UUID' })
  outcomeId?: string | null;

  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'inquiryId must be a UUID' })
  inquiryId?: string | null;

  @ApiProperty({ enum: CONTRACT_TYPES, description: '合同类型' })
  @IsIn(CONTRACT_TYPES, { message: `contractType must be one of ${CONTRACT_TYPES.join(', ')}` })
  contractType: ContractType;

  @ApiPropertyOptional({ enum: FIELDS, nullable: true, description: '技术领域; required unless a referenced listing provides it' })
  @IsOptional()
  @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
  field?: Field | null;

  @ApiProperty({ type: String, example: '1250000.00', description: '成交额 in yuan: a decimal string, > 0, at most two decimals' })
  @Validate(YuanRule)
  amount: string;

  @ApiPropertyOptional({
    type: String,
    example: '1000000.00',
    nullable: true,
    description: '技术交易额 in yuan, ≤ amount; defaults to amount',
  })
  @IsOptional()
  @Validate(YuanRule)
  technologyAmount?: string | null;

  @ApiProperty({ type: String, format: 'date', example: '2026-03-18', description: '签订日期, not in the future' })
  @IsString({ message: 'signedAt must be a date written YYYY-MM-DD' })
  signedAt: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '2026331127000123AB',
    description:
      '技术合同登记号: year (4) + region code (6) + serial of 8–10 digits or capitals. Required when the bureau posts a registered contract; parties leave it out (the bureau gives it at registration)',
  })
  @IsOptional()
  @IsString({ message: 'registrationNo must be a string' })
  @MaxLength(40)
  registrationNo?: string | null;

  @ApiPropertyOptional({
    enum: DEAL_PRICINGS,
    default: 'listing',
    description:
      '定价方式: agreement (协议定价), listing (挂牌), auction (拍卖); an institution selling at an agreed price goes through 公示',
  })
  @IsOptional()
  @IsIn(DEAL_PRICINGS, { message: `pricing must be one of ${DEAL_PRICINGS.join(', ')}` })
  pricing?: DealPricing | null;

  @ApiPropertyOptional({ type: String, maxLength: 200, nullable: true, description: '合同名称' })
  @IsOptional()
  @IsString({ message: 'title must be a string' })
  @MaxLength(200, { message: 'title must be at most 200 characters' })
  title?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: `合同类别 within the contract type: ${Object.entries(CONTRACT_SUBTYPES)
      .map(([type, list]) => `${type}: ${list.join('/')}`)
      .join('; ')}`,
  })
  @IsOptional()
  @IsString({ message: 'contractSubtype must be a string' })
  @MaxLength(32)
  contractSubtype?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: '合同期限 from' })
  @IsOptional()
  @IsString({ message: 'termStart must be a date written YYYY-MM-DD' })
  termStart?: string | null;

  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, description: '合同期限 to' })
  @IsOptional()
  @IsString({ message: 'termEnd must be a date written YYYY-MM-DD' })
  termEnd?: string | null;

  @ApiPropertyOptional({ enum: PAYMENT_MODES, nullable: true, description: '支付方式' })
  @IsOptional()
  @IsIn(PAYMENT_MODES, { message: `paymentMode must be one of ${PAYMENT_MODES.join(', ')}` })
  paymentMode?: PaymentMode | null;
}

export class ReasonDto {
  @ApiProperty({ type: String, maxLength: 500, description: '原因 (the other party and the bureau read it)' })
  @IsString({ message: 'reason is required (请说明原因)' })
  @MaxLength(500, { message: 'reason must be at most 500 characters' })
  reason: string;
}

export class RegisterDealDto {
  @ApiProperty({ type: String, example: '2026331127000123AB', description: '技术合同登记号 the bureau gives' })
  @IsString({ message: 'registrationNo is required (技术合同登记号必填)' })
  @MaxLength(40)
  registrationNo: string;
}

export class CancelDealDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, description: '撤销原因' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

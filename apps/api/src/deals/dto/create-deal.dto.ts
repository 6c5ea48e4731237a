import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, MaxLength, Validate } from 'class-validator';
import { CONTRACT_TYPES, FIELDS, type ContractType, type Field } from '@app/common';
import { YuanRule } from './yuan.rule.js';

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
    description: '技术合同登记号: year (4) + region code (6) + serial of 8–10 digits or capitals',
  })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  registrationNo?: string | null;
}

export class CancelDealDto {
  @ApiPropertyOptional({ type: String, maxLength: 200, description: '撤销原因' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  reason?: string;
}

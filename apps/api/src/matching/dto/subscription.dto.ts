import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, Validate } from 'class-validator';
import { COOPERATION_MODES, FIELD_LABELS, FIELDS, type CooperationMode, type Field } from '@app/common';
import type { Subscription } from '@app/matching';
import { RegionCodeRule } from '../../accounts/dto/account.rules.js';
import { trim } from '../../listings/dto/listing.rules.js';

export class CreateSubscriptionDto {
  @ApiProperty({ enum: ['demand', 'outcome'], description: 'which new listings to watch' })
  @IsIn(['demand', 'outcome'], { message: 'kind must be demand or outcome' })
  kind: 'demand' | 'outcome';

  @ApiPropertyOptional({ type: String, maxLength: 100, example: '热泵 烘干', description: 'every word must appear in the listing' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  q?: string;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
  field?: Field;

  @ApiPropertyOptional({ type: String, example: '331127', description: 'demands only: 6-digit administrative division code' })
  @IsOptional()
  @IsString()
  @Validate(RegionCodeRule)
  region?: string;

  @ApiPropertyOptional({ enum: COOPERATION_MODES, isArray: true, description: 'any of these modes; empty = any' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(COOPERATION_MODES.length)
  @ArrayUnique({ message: 'modes must not repeat' })
  @IsIn(COOPERATION_MODES, { each: true, message: `each mode must be one of ${COOPERATION_MODES.join(', ')}` })
  modes?: CooperationMode[];
}

export class SubscriptionResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({ enum: ['demand', 'outcome'] }) kind: 'demand' | 'outcome';
  @ApiProperty({ type: String, nullable: true }) q: string | null;
  @ApiProperty({ enum: FIELDS, nullable: true }) field: Field | null;
  @ApiProperty({ type: String, nullable: true }) fieldLabel: string | null;
  @ApiProperty({ type: String, nullable: true }) region: string | null;
  @ApiProperty({ enum: COOPERATION_MODES, isArray: true }) modes: CooperationMode[];
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class SubscriptionListResponse {
  @ApiProperty({ type: [SubscriptionResponse] }) items: SubscriptionResponse[];
}

export const toSubscriptionResponse = (s: Subscription): SubscriptionResponse => ({
  id: s.id,
  kind: s.kind,
  q: s.q,
  field: s.field,
  fieldLabel: s.field ? FIELD_LABELS[s.field] : null,
  region: s.region,
  modes: s.modes,
  createdAt: s.createdAt.toISOString(),
});

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, Max, Min, Validate } from 'class-validator';
import type { CooperationMode } from '@app/common';
import { IP_TYPES, type IpType } from '@app/listings';
import { YuanRule } from '../../http/yuan.rule.js';
import { ListingDto, ListingText, ModesProperty } from './listing.dto.js';
import { PatentNumberRule } from './listing.rules.js';

export class CreateOutcomeDto extends ListingDto({ title: '茶多酚低温膜分离提取技术', keywords: ['茶多酚', '膜分离'] }) {
  @ListingText()
  abstract: string;

  @ApiProperty({ type: Number, minimum: 1, maximum: 9, description: 'technology readiness level (GB/T 22900)' })
  @IsInt({ message: 'trl must be an integer from 1 to 9' })
  @Min(1)
  @Max(9)
  trl: number;

  @ApiPropertyOptional({ enum: IP_TYPES, nullable: true })
  @IsOptional()
  @IsIn(IP_TYPES, { message: `ipType must be one of ${IP_TYPES.join(', ')}` })
  ipType?: IpType | null;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    maxItems: 20,
    example: ['CN201310699744.2'],
    description: 'normalised to 201310699744.2',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Validate(PatentNumberRule)
  patentNumbers?: string[] | null;

  @ModesProperty('transferModes', '转化方式', 'transfer mode')
  transferModes: CooperationMode[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '800000.00', description: 'asking price in yuan; absent or null = 面议' })
  @IsOptional()
  @Validate(YuanRule)
  askingPrice?: string | null;
}

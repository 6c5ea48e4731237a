import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Validate } from 'class-validator';
import type { CooperationMode } from '@app/common';
import { RegionCodeRule } from '../../accounts/dto/account.rules.js';
import { YuanRule } from '../../http/yuan.rule.js';
import { ListingDto, ListingText, ModesProperty } from './listing.dto.js';
import { DeadlineRule } from './listing.rules.js';

export class CreateDemandDto extends ListingDto({ title: '茶叶杀青后叶片发黄打卷，求工艺改进', keywords: ['杀青', '茶多酚'] }) {
  @ListingText()
  description: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: '500000.00', description: 'budget ceiling in yuan; absent or null = 面议' })
  @IsOptional()
  @Validate(YuanRule)
  budgetMax?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, format: 'date', example: '2027-06-30', description: 'today or later (China time)' })
  @IsOptional()
  @Validate(DeadlineRule)
  deadline?: string | null;

  @ApiProperty({ type: String, example: '331127', description: '6-digit administrative division code' })
  @IsString()
  @Validate(RegionCodeRule)
  region: string;

  @ModesProperty('cooperationModes', '合作方式', 'cooperation mode')
  cooperationModes: CooperationMode[];
}

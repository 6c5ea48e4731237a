import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  Length,
  MaxLength,
  Validate,
} from 'class-validator';
import { COOPERATION_MODES, FIELDS, type CooperationMode, type Field } from '@app/common';
import { RegionCodeRule } from '../../accounts/dto/account.rules.js';
import { DeadlineRule, KeywordsRule, MainlandPhoneRule, trim, trimEach, YuanRule } from './listing.rules.js';

/** Contact fields shared by demands and outcomes; null clears one on edit. */
export class ContactDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 50, example: '陈志远' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 50)
  contactName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '13812345678', description: 'mainland mobile or landline (0578-6123456)' })
  @IsOptional()
  @IsString()
  @Validate(MainlandPhoneRule)
  contactPhone?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'chen@example.cn' })
  @IsOptional()
  @IsEmail({}, { message: 'contactEmail must be a valid email address' })
  @MaxLength(254)
  contactEmail?: string | null;
}

export class CreateDemandDto extends ContactDto {
  @ApiProperty({ type: String, minLength: 4, maxLength: 100, example: '茶叶杀青后叶片发黄打卷，求工艺改进' })
  @Transform(trim)
  @IsString()
  @Length(4, 100)
  title: string;

  @ApiProperty({ type: String, minLength: 10, maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @Length(10, 5000)
  description: string;

  @ApiProperty({ enum: FIELDS, description: '技术领域' })
  @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
  field: Field;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 10, example: ['杀青', '茶多酚'] })
  @Transform(trimEach)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'keywords must not repeat' })
  @Validate(KeywordsRule)
  keywords: string[];

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

  @ApiProperty({ enum: COOPERATION_MODES, isArray: true, description: '合作方式' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'cooperationModes must not repeat' })
  @IsIn(COOPERATION_MODES, { each: true, message: `each cooperation mode must be one of ${COOPERATION_MODES.join(', ')}` })
  cooperationModes: CooperationMode[];
}

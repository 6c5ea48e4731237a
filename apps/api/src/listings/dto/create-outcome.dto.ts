import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  Validate,
} from 'class-validator';
import { COOPERATION_MODES, FIELDS, type CooperationMode, type Field } from '@app/common';
import { IP_TYPES, type IpType } from '@app/listings';
import { ContactDto } from './create-demand.dto.js';
import { KeywordsRule, PatentNumberRule, trim, trimEach, YuanRule } from './listing.rules.js';

export class CreateOutcomeDto extends ContactDto {
  @ApiProperty({ type: String, minLength: 4, maxLength: 100, example: '茶多酚低温膜分离提取技术' })
  @Transform(trim)
  @IsString()
  @Length(4, 100)
  title: string;

  @ApiProperty({ type: String, minLength: 10, maxLength: 5000 })
  @Transform(trim)
  @IsString()
  @Length(10, 5000)
  abstract: string;

  @ApiProperty({ enum: FIELDS, description: '技术领域' })
  @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
  field: Field;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 10, example: ['茶多酚', '膜分离'] })
  @Transform(trimEach)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @ArrayUnique({ message: 'keywords must not repeat' })
  @Validate(KeywordsRule)
  keywords: string[];

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

  @ApiProperty({ enum: COOPERATION_MODES, isArray: true, description: '转化方式' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique({ message: 'transferModes must not repeat' })
  @IsIn(COOPERATION_MODES, { each: true, message: `each transfer mode must be one of ${COOPERATION_MODES.join(', ')}` })
  transferModes: CooperationMode[];

  @ApiPropertyOptional({ type: String, nullable: true, example: '800000.00', description: 'asking price in yuan; absent or null = 面议' })
  @IsOptional()
  @Validate(YuanRule)
  askingPrice?: string | null;
}

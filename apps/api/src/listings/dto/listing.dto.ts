import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, Length, MaxLength, Validate } from 'class-validator';
import { IsEmailAddress } from '../../http/email.rule.js';
import { COOPERATION_MODES, FIELDS, type Field } from '@app/common';
import { KeywordsRule, MainlandPhoneRule, trim, trimEach } from './listing.rules.js';

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
  @IsEmailAddress({ message: 'contactEmail must be a valid email address' })
  @MaxLength(254)
  contactEmail?: string | null;
}

/** The body every listing has: contacts, title, field and keywords; `examples` document the kind. */
export function ListingDto(examples: { title: string; keywords: string[] }) {
  class ListingDto extends ContactDto {
    @ApiProperty({ type: String, minLength: 4, maxLength: 100, example: examples.title })
    @Transform(trim)
    @IsString()
    @Length(4, 100)
    title: string;

    @ApiProperty({ enum: FIELDS, description: '技术领域' })
    @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
    field: Field;

    @ApiProperty({ type: [String], minItems: 1, maxItems: 10, example: examples.keywords })
    @Transform(trimEach)
    @IsArray()
    @ArrayMinSize(1)
    @ArrayMaxSize(10)
    @ArrayUnique({ message: 'keywords must not repeat' })
    @Validate(KeywordsRule)
    keywords: string[];
  }
  return ListingDto;
}

/** A listing's long text: a demand's description, an outcome's abstract. */
export const ListingText = (): PropertyDecorator =>
  applyDecorators(ApiProperty({ type: String, minLength: 10, maxLength: 5000 }), Transform(trim), IsString(), Length(10, 5000));

/** A demand's cooperation modes (合作方式) or an outcome's transfer modes (转化方式): one to five distinct modes. */
export const ModesProperty = (property: string, label: string, noun: string): PropertyDecorator =>
  applyDecorators(
    ApiProperty({ enum: COOPERATION_MODES, isArray: true, description: label }),
    IsArray(),
    ArrayMinSize(1),
    ArrayUnique({ message: `${property} must not repeat` }),
    IsIn(COOPERATION_MODES, { each: true, message: `each ${noun} must be one of ${COOPERATION_MODES.join(', ')}` }),
  );

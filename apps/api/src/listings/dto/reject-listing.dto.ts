import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, Length } from 'class-validator';
import { trim } from './listing.rules.js';

export class RejectListingDto {
  @ApiProperty({ type: String, minLength: 2, maxLength: 500, example: '需求描述过于简略，请补充现有工艺参数' })
  @Transform(trim)
  @IsString()
  @Length(2, 500)
  reason: string;
}

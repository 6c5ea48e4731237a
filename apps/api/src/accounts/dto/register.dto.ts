import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNotEmpty, IsNotEmptyObject, IsString, MaxLength, Validate, ValidateNested } from 'class-validator';
import { IsEmailAddress } from '../../http/email.rule.js';
import { PASSWORD_MAX_LENGTH, SELF_REGISTERED_TYPES, type SelfRegisteredType } from '@app/accounts';
import { CreditCodeRule, RegionCodeRule } from './account.rules.js';

export class RegisterOrganizationDto {
  @ApiProperty({ example: '青岚茶叶加工有限公司', maxLength: 100 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name: string;

  @ApiProperty({
    enum: SELF_REGISTERED_TYPES,
    description: 'enterprise 企业 or institution 高校院所; bureau accounts are not self-registered',
  })
  @IsIn(SELF_REGISTERED_TYPES, { message: 'type must be enterprise, institution or broker' })
  type: SelfRegisteredType;

  @ApiProperty({ example: '91331127MA28QL001B', description: '统一社会信用代码 (GB 32100-2015, checksum verified)' })
  @IsString()
  @Validate(CreditCodeRule)
  creditCode: string;

  @ApiProperty({ example: '331127', description: '6-digit administrative division code' })
  @IsString()
  @Validate(RegionCodeRule)
  region: string;
}

export class RegisterDto {
  @ApiProperty({ example: 'zhang.wei@example.cn' })
  @IsEmailAddress({ message: 'email must be a valid email address' })
  @MaxLength(254)
  email: string;

  @ApiProperty({ minLength: 10, maxLength: PASSWORD_MAX_LENGTH, description: 'at least 10 characters, letters and digits' })
  @IsString()
  @MaxLength(PASSWORD_MAX_LENGTH)
  password: string;

  @ApiProperty({ example: '张伟', maxLength: 50 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(50)
  displayName: string;

  @ApiProperty({ type: RegisterOrganizationDto })
  @IsNotEmptyObject({ nullable: false }, { message: 'org is required' })
  @ValidateNested()
  @Type(() => RegisterOrganizationDto)
  org: RegisterOrganizationDto;
}

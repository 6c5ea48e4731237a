import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { ORGANIZATION_TYPES, type OrganizationType } from '@app/accounts';
import { LimitParam, PageParam } from '../../http/paging.js';

export class ListOrganizationsQuery {
  @ApiPropertyOptional({ enum: ORGANIZATION_TYPES })
  @IsOptional()
  @IsIn(ORGANIZATION_TYPES)
  type?: OrganizationType;

  @ApiPropertyOptional({ type: Boolean })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'verified must be true or false' })
  verified?: boolean;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @PageParam()
  page: number = 1;

  @LimitParam()
  limit: number = 20;
}

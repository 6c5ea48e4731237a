import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CONTRACT_TYPES, FIELDS, type ContractType, type Field } from '@app/common';
import { DEAL_STATUSES, EXPORT_FORMATS, MAX_YEAR, MIN_YEAR, type DealStatus, type ExportFormat } from '@app/deals';
import { PageQuery } from '../../http/paging.js';

export class YearQuery {
  @ApiPropertyOptional({ type: Number, minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'defaults to the current year' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;
}

export class ExportQuery extends YearQuery {
  @ApiPropertyOptional({ enum: EXPORT_FORMATS, default: 'csv' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: 'format must be csv or xlsx' })
  format: ExportFormat = 'csv';
}

export class ListDealsQuery extends PageQuery {
  @ApiPropertyOptional({ type: Number, minimum: MIN_YEAR, maximum: MAX_YEAR, description: 'year of signing' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;

  @ApiPropertyOptional({ enum: DEAL_STATUSES })
  @IsOptional()
  @IsIn(DEAL_STATUSES)
  status?: DealStatus;

  @ApiPropertyOptional({ enum: CONTRACT_TYPES })
  @IsOptional()
  @IsIn(CONTRACT_TYPES)
  contractType?: ContractType;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS)
  field?: Field;
}

export class ListNotificationsQuery extends PageQuery {
  @ApiPropertyOptional({ type: Number, minimum: MIN_YEAR, maximum: MAX_YEAR })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'year must be a whole number' })
  @Min(MIN_YEAR)
  @Max(MAX_YEAR)
  year?: number;
}

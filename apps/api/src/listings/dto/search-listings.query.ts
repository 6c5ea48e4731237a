import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min, Validate } from 'class-validator';
import { COOPERATION_MODES, FIELDS, TRL_STAGES, type CooperationMode, type Field, type TrlStage } from '@app/common';
import { fenOf, SEARCH_SORTS, type DemandSearchQuery, type OutcomeSearchQuery, type SearchSort } from '@app/listings';
import { LimitParam, PageParam } from '../../http/paging.js';
import { RegionPrefixRule } from '../../http/region.rules.js';
import { YuanRule } from '../../http/yuan.rule.js';

class SearchPaging {
  @ApiPropertyOptional({ type: String, maxLength: 200, description: 'free text, Chinese or English' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ enum: FIELDS })
  @IsOptional()
  @IsIn(FIELDS, { message: `field must be one of ${FIELDS.join(', ')}` })
  field?: Field;

  @ApiPropertyOptional({ enum: COOPERATION_MODES })
  @IsOptional()
  @IsIn(COOPERATION_MODES, { message: `mode must be one of ${COOPERATION_MODES.join(', ')}` })
  mode?: CooperationMode;

  @ApiPropertyOptional({ enum: SEARCH_SORTS, description: 'relevance when q has words, newest otherwise' })
  @IsOptional()
  @IsIn(SEARCH_SORTS, { message: 'sort must be relevance or newest' })
  sort?: SearchSort;

  @PageParam(1000)
  page: number = 1;

  @LimitParam()
  limit: number = 20;
}

export class SearchDemandsQuery extends SearchPaging {
  @ApiPropertyOptional({
    type: String,
    example: '3311',
    description: 'a place and every place in it: a province (33 or 330000), a city (3311 or 331100) or a county (331127)',
  })
  @IsOptional()
  @Validate(RegionPrefixRule)
  region?: string;

  @ApiPropertyOptional({ type: String, example: '100000.00', description: 'only demands whose budget is at least this (yuan)' })
  @IsOptional()
  @Validate(YuanRule)
  budgetMin?: string;
}

export class SearchOutcomesQuery extends SearchPaging {
  @ApiPropertyOptional({ type: Number, minimum: 1, maximum: 9, description: 'minimum technology readiness level' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'trlMin must be an integer from 1 to 9' })
  @Min(1)
  @Max(9)
  trlMin?: number;

  @ApiPropertyOptional({ enum: TRL_STAGES })
  @IsOptional()
  @IsIn(TRL_STAGES, { message: `stage must be one of ${TRL_STAGES.join(', ')}` })
  stage?: TrlStage;

  @ApiPropertyOptional({ type: String, example: '1000000.00', description: 'only outcomes asking at most this (yuan)' })
  @IsOptional()
  @Validate(YuanRule)
  priceMax?: string;
}

export const toDemandSearch = (query: SearchDemandsQuery): DemandSearchQuery => ({
  ...query,
  budgetMinFen: fenOf('budgetMin', query.budgetMin) ?? undefined,
});

export const toOutcomeSearch = (query: SearchOutcomesQuery): OutcomeSearchQuery => ({
  ...query,
  priceMaxFen: fenOf('priceMax', query.priceMax) ?? undefined,
});

import { Controller, Get, Header, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { IsOptional, Matches } from 'class-validator';
import { NotFoundError } from '@app/common';
import { regionOptions, type RegionOption } from '@app/regions';

export class RegionsQuery {
  @ApiPropertyOptional({ type: String, example: '331100', description: 'the division whose divisions to list; the provinces without it' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'parent must be a 6-digit administrative division code' })
  parent?: string;
}

export class RegionOptionResponse {
  @ApiProperty({ type: String, example: '331127' }) code: string;
  @ApiProperty({ type: String, example: '景宁畲族自治县' }) name: string;
  @ApiProperty({ type: Boolean, description: 'no divisions below this one' }) leaf: boolean;
  @ApiProperty({ type: Boolean, description: 'false for a grouping (省直辖县级行政区划) that is not itself a place' }) selectable: boolean;
}

export class RegionsResponse {
  @ApiProperty({ type: [RegionOptionResponse] }) items: RegionOption[];
}

/** The division list, one level at a time, for the forms' cascaders. Public and long cached. */
@ApiTags('regions')
@Controller('regions')
export class RegionsController {
  @ApiErrors(400, 404)
  @Get()
  @Header('Cache-Control', 'public, max-age=86400')
  @ApiOperation({ summary: 'One level of the GB/T 2260 division list: the provinces, or the divisions under `parent`', security: [] })
  @ApiOkResponse({ type: RegionsResponse })
  @ApiBadRequestResponse({ description: 'parent is not a 6-digit code' })
  @ApiNotFoundResponse({ description: 'parent names no division' })
  list(@Query() query: RegionsQuery): RegionsResponse {
    const items = regionOptions(query.parent);
    if (!items) throw new NotFoundError('Region');
    return { items };
  }
}

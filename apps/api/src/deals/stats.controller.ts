import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Roles } from '@app/accounts';
import { AttributionService, ExportsService, PipelineStatsService, TurnoverStatsService } from '@app/deals';
import { AttributionResponse, toAttributionResponse } from './dto/attribution.response.js';
import { ExportQuery, YearQuery } from './dto/list-deals.query.js';
import { PipelineStatsResponse, toPipelineStatsResponse } from './dto/pipeline-stats.response.js';
import { toTurnoverStatsResponse, TurnoverStatsResponse } from './dto/turnover-stats.response.js';
import { toStreamableFile } from './export-file.js';
import { currentYear } from './year.pipe.js';

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
@Roles('bureau')
export class StatsController {
  constructor(
    private readonly stats: TurnoverStatsService,
    private readonly exports: ExportsService,
    private readonly pipelineStats: PipelineStatsService,
    private readonly attributionStats: AttributionService,
  ) {}

  @ApiOperation({ summary: 'Where the year’s turnover came from: through the market, from matches, elsewhere' })
  @ApiErrors(400, 401, 403)
  @Get('attribution')
  @ApiOkResponse({ type: AttributionResponse, description: "the year's recorded turnover by the way it came: match, inquiry, elsewhere" })
  async attribution(@Query() query: YearQuery): Promise<AttributionResponse> {
    return toAttributionResponse(await this.attributionStats.attribution(query.year ?? currentYear()));
  }

  @ApiOperation({ summary: 'Deals of the year by stage, the time between steps, and the large contracts' })
  @ApiErrors(400, 401, 403)
  @Get('pipeline')
  @ApiOkResponse({ type: PipelineStatsResponse, description: 'deals of the signing year by stage, median days per step, large contracts' })
  async pipeline(@Query() query: YearQuery): Promise<PipelineStatsResponse> {
    return toPipelineStatsResponse(await this.pipelineStats.pipeline(query.year ?? currentYear()));
  }

  @ApiOperation({ summary: 'The year’s turnover against its target, by month, field, contract type and region' })
  @ApiErrors(400, 401, 403)
  @Get('turnover')
  @ApiOkResponse({ type: TurnoverStatsResponse, description: 'any year answers; without deals or target: zeros and a null target' })
  async turnover(@Query() query: YearQuery): Promise<TurnoverStatsResponse> {
    return toTurnoverStatsResponse(await this.stats.turnover(query.year ?? currentYear()));
  }

  @ApiOperation({ summary: 'Export the year’s turnover statistics as XLSX' })
  @ApiErrors(400, 401, 403)
  @Get('turnover/export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'the turnover stats, CSV (UTF-8 with BOM) or XLSX' })
  async export(@Query() query: ExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.turnover(query.year ?? currentYear(), query.format));
  }
}

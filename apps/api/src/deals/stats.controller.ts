import { Controller, Get, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/accounts';
import { ExportsService, TurnoverStatsService } from '@app/deals';
import { ExportQuery, YearQuery } from './dto/list-deals.query.js';
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
  ) {}

  @Get('turnover')
  @ApiOkResponse({ type: TurnoverStatsResponse, description: 'any year answers; without deals or target: zeros and a null target' })
  async turnover(@Query() query: YearQuery): Promise<TurnoverStatsResponse> {
    return toTurnoverStatsResponse(await this.stats.turnover(query.year ?? currentYear()));
  }

  @Get('turnover/export')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: 'the turnover stats, CSV (UTF-8 with BOM) or XLSX' })
  async export(@Query() query: ExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.turnover(query.year ?? currentYear(), query.format));
  }
}

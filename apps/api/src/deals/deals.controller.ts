import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiAcceptedResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { DealCancellationService, DealImportService, DealIntakeService, DealQueriesService, ExportsService } from '@app/deals';
import { CancelDealDto, CreateDealDto } from './dto/create-deal.dto.js';
import { DealImportResponse, ImportFileBody } from './dto/deal-import.dto.js';
import { AcceptedDealResponse, DealPageResponse, DealResponse, toAcceptedDealResponse, toDealResponse } from './dto/deal.response.js';
import { ExportQuery, ListDealsQuery } from './dto/list-deals.query.js';
import { toStreamableFile } from './export-file.js';
import { currentYear } from './year.pipe.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('deals')
@ApiBearerAuth()
@Controller('deals')
export class DealsController {
  constructor(
    private readonly intake: DealIntakeService,
    private readonly importer: DealImportService,
    private readonly queries: DealQueriesService,
    private readonly cancellation: DealCancellationService,
    private readonly exports: ExportsService,
  ) {}

  @Post()
  @HttpCode(202)
  @Authenticated()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'one per new deal (1–128 visible ASCII characters), scoped to the caller organization',
  })
  @ApiAcceptedResponse({ type: AcceptedDealResponse, description: 'stored as pending; a worker records it' })
  @ApiConflictResponse({ description: 'the Idempotency-Key was used with another body' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateDealDto,
  ): Promise<AcceptedDealResponse> {
    return toAcceptedDealResponse(await this.intake.submit(principal, key, dto));
  }

  @Post('import')
  @HttpCode(202)
  @Roles('bureau')
  @UseInterceptors(FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: ImportFileBody })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: 'one per file; the same file again (by key or by content) returns the same report',
  })
  @ApiAcceptedResponse({ type: DealImportResponse, description: 'valid rows stored as pending deals; a worker records them' })
  @ApiConflictResponse({ description: 'the Idempotency-Key was used for another file' })
  async import(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @UploadedFile() file: { buffer: Buffer; originalname: string } | undefined,
  ): Promise<DealImportResponse> {
    const { created: _created, ...report } = await this.importer.import(
      principal,
      key,
      file && { buffer: file.buffer, filename: file.originalname },
    );
    return report;
  }

  @Get('export')
  @Roles('bureau')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: "the year's deals, CSV (UTF-8 with BOM) or XLSX" })
  async export(@Query() query: ExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.deals(query.year ?? currentYear(), query.format));
  }

  @Get()
  @Authenticated()
  @ApiOkResponse({ type: DealPageResponse })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListDealsQuery): Promise<DealPageResponse> {
    const { page, limit, ...filter } = query;
    const [items, total] = await this.queries.list(principal, filter, page, limit);
    return { items: items.map(toDealResponse), total, page, limit };
  }

  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: DealResponse })
  @ApiNotFoundResponse({ description: 'unknown, or not a deal of the caller organization' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<DealResponse> {
    return toDealResponse(await this.queries.get(principal, id));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOkResponse({ type: DealResponse, description: 'the cancelled deal; cancelling again answers the same' })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() dto: CancelDealDto): Promise<DealResponse> {
    const deal = await this.cancellation.cancel(id, principal.userId, dto.reason ?? null);
    return toDealResponse((await this.queries.withNames([deal]))[0]);
  }
}

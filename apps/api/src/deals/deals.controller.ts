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
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiBody,
  ApiConflictResponse,
  ApiConsumes,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, Roles, VerifiedEmailRequired, type Principal } from '@app/accounts';
import { BrokersService } from '@app/brokers';
import {
  DealCancellationService,
  DealImportService,
  DealIntakeService,
  DealLifecycleService,
  DealQueriesService,
  ExportsService,
  type Deal,
} from '@app/deals';
import { CancelDealDto, CreateDealDto, ReasonDto, RegisterDealDto } from './dto/create-deal.dto.js';
import { DealImportResponse, ImportFileBody } from './dto/deal-import.dto.js';
import { PageOf, toPage, type Page } from '../http/paging.js';
import {
  AcceptedDealResponse,
  DealDetailResponse,
  DealResponse,
  toAcceptedDealResponse,
  toDealDetailResponse,
  toDealResponse,
} from './dto/deal.response.js';
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
    private readonly lifecycle: DealLifecycleService,
    private readonly exports: ExportsService,
    private readonly brokers: BrokersService,
  ) {}

  @ApiOperation({ summary: 'Declare a deal (技术合同); the other party confirms it' })
  @ApiErrors(400, 401, 403, 409)
  @Post()
  @HttpCode(201)
  @Authenticated()
  @VerifiedEmailRequired()
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'one per new deal (1–128 visible ASCII characters), scoped to the caller organization',
  })
  @ApiCreatedResponse({
    type: AcceptedDealResponse,
    description:
      'a party (member of a verified organization) declares: `declared`, for the other party to confirm; the bureau posts a registered contract: `registered`, and a worker records it',
  })
  @ApiForbiddenResponse({ description: 'not the buyer or the seller, or the organization is not verified' })
  @ApiConflictResponse({ description: 'the Idempotency-Key was used with another body, or the registrationNo is held by another deal' })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateDealDto,
  ): Promise<AcceptedDealResponse> {
    return toAcceptedDealResponse(await this.intake.submit(principal, key, dto));
  }

  @ApiOperation({ summary: 'Import deals from a CSV or XLSX file (the bureau)' })
  @ApiErrors(400, 401, 403, 409)
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
  @ApiAcceptedResponse({ type: DealImportResponse, description: 'valid rows stored as registered deals; a worker records them' })
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

  @ApiOperation({ summary: 'Export the deals as CSV or XLSX' })
  @ApiErrors(400, 401, 403)
  @Get('export')
  @Roles('bureau')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' }, description: "the year's deals, CSV (UTF-8 with BOM) or XLSX" })
  async export(@Query() query: ExportQuery): Promise<StreamableFile> {
    return toStreamableFile(await this.exports.deals(query.year ?? currentYear(), query.format));
  }

  @ApiOperation({ summary: 'Deals the caller’s organization is party to (the bureau: all)' })
  @ApiErrors(400, 401)
  @Get()
  @Authenticated()
  @ApiOkResponse({ type: PageOf(DealResponse) })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListDealsQuery): Promise<Page<DealResponse>> {
    const { page, limit, ...filter } = query;
    return toPage(await this.queries.list(principal, filter, page, limit), query, toDealResponse);
  }

  @ApiOperation({ summary: 'A deal with its history, notice and broker' })
  @ApiErrors(400, 401, 404)
  @Get(':id')
  @Authenticated()
  @ApiOkResponse({ type: DealDetailResponse })
  @ApiNotFoundResponse({ description: 'unknown, or not a deal of the caller organization' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<DealDetailResponse> {
    const view = await this.queries.get(principal, id);
    return toDealDetailResponse(view, await this.brokers.brokerOfDeal(id));
  }

  @ApiOperation({ summary: 'The other party confirms a declared deal' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post(':id/confirm')
  @HttpCode(200)
  @Roles('enterprise', 'institution')
  @ApiOkResponse({
    type: DealResponse,
    description: 'confirmed by the other party; a 公示 opens when an institution sells at an agreed price',
  })
  @ApiForbiddenResponse({ description: 'the declaring side, or an unverified organization' })
  @ApiConflictResponse({ description: 'the deal is past this stage' })
  async confirm(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<DealResponse> {
    return this.view(await this.lifecycle.confirm(principal, id));
  }

  @ApiOperation({ summary: 'The other party disputes a declared deal with a reason' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post(':id/dispute')
  @HttpCode(200)
  @Roles('enterprise', 'institution')
  @ApiOkResponse({ type: DealResponse, description: 'disputed by the other party, with its reason' })
  @ApiForbiddenResponse({ description: 'the declaring side, or an unverified organization' })
  @ApiConflictResponse({ description: 'the deal is past this stage' })
  async dispute(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() dto: ReasonDto): Promise<DealResponse> {
    return this.view(await this.lifecycle.dispute(principal, id, dto.reason));
  }

  @ApiOperation({ summary: 'Register a confirmed deal with its registration number (the bureau)' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post(':id/register')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOkResponse({ type: DealResponse, description: '认定登记: registered with its number; a worker records it into the turnover' })
  @ApiConflictResponse({
    description: 'not confirmed, the public notice still runs or has an open objection, or the registrationNo is held by another deal',
  })
  async register(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: RegisterDealDto,
  ): Promise<DealResponse> {
    return this.view(await this.lifecycle.register(principal, id, dto.registrationNo));
  }

  @ApiOperation({ summary: 'Refuse to register a deal with a reason (the bureau)' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post(':id/reject')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOkResponse({ type: DealResponse, description: 'not registered, with the reason both parties read' })
  @ApiConflictResponse({ description: 'the deal is already registered, recorded or cancelled' })
  async reject(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() dto: ReasonDto): Promise<DealResponse> {
    return this.view(await this.lifecycle.reject(principal, id, dto.reason));
  }

  @ApiOperation({ summary: 'Cancel a deal' })
  @ApiErrors(400, 401, 403, 404)
  @Post(':id/cancel')
  @HttpCode(200)
  @Roles('bureau')
  @ApiOkResponse({ type: DealResponse, description: 'the cancelled deal; cancelling again answers the same' })
  async cancel(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() dto: CancelDealDto): Promise<DealResponse> {
    return this.view(await this.cancellation.cancel(principal, id, dto.reason ?? null));
  }

  private async view(deal: Deal): Promise<DealResponse> {
    return toDealResponse((await this.queries.withNames([deal]))[0]);
  }
}

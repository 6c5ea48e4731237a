import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { NotFoundError } from '@app/common';
import { PriceGuidanceService } from '@app/pricing';
import { VouchersService } from '@app/vouchers';
import type { Response } from 'express';
import { YearQuery } from '../deals/dto/list-deals.query.js';
import { currentYear, YearParamPipe } from '../deals/year.pipe.js';
import {
  IssueVoucherDto,
  PriceGuidanceQueryDto,
  PriceGuidanceResponse,
  PutVoucherBudgetDto,
  RedeemVoucherDto,
  toPriceGuidanceResponse,
  toRedemptionResponse,
  toVoucherBudgetResponse,
  toVoucherResponse,
  toVoucherStatsResponse,
  VoucherBudgetResponse,
  VoucherDetailResponse,
  VoucherRedemptionResponse,
  VoucherResponse,
  VoucherStatsResponse,
} from './vouchers.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });

@ApiTags('vouchers')
@ApiBearerAuth()
@Controller('voucher-budgets')
@Roles('bureau')
export class VoucherBudgetsController {
  constructor(private readonly vouchers: VouchersService) {}

  @ApiErrors(400, 401, 403, 404, 409)
  @Put(':year')
  @ApiOperation({ summary: 'Set the year’s innovation-voucher budget (创新券额度)' })
  @ApiOkResponse({ type: VoucherBudgetResponse })
  @ApiConflictResponse({ description: 'VOUCHER_BUDGET_EXCEEDED: below what is already issued' })
  async put(
    @Param('year', YearParamPipe) year: number,
    @Body() dto: PutVoucherBudgetDto,
    @CurrentPrincipal() principal: Principal,
  ): Promise<VoucherBudgetResponse> {
    return toVoucherBudgetResponse(await this.vouchers.setBudget(year, dto.amount, principal.userId));
  }

  @ApiOperation({ summary: 'The year’s innovation-voucher budget' })
  @ApiErrors(400, 401, 403, 404)
  @Get(':year')
  @ApiOkResponse({ type: VoucherBudgetResponse })
  @ApiNotFoundResponse({ description: 'no budget set for this year' })
  async get(@Param('year', YearParamPipe) year: number): Promise<VoucherBudgetResponse> {
    const budget = await this.vouchers.getBudget(year);
    if (!budget) throw new NotFoundError(`Voucher budget for ${year}`);
    return toVoucherBudgetResponse(budget);
  }
}

@ApiTags('vouchers')
@ApiBearerAuth()
@Controller('vouchers')
export class VouchersController {
  constructor(private readonly vouchers: VouchersService) {}

  @ApiErrors(400, 401, 403, 409)
  @Post()
  @Roles('bureau')
  @ApiOperation({ summary: 'Issue an innovation voucher (创新券) to a verified enterprise against this year’s budget' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'the same key and body give back the same voucher' })
  @ApiCreatedResponse({ type: VoucherResponse })
  @ApiOkResponse({ type: VoucherResponse, description: 'a repeat of an earlier request with the same Idempotency-Key' })
  @ApiConflictResponse({ description: 'VOUCHER_BUDGET_EXCEEDED: no budget, or not enough left of it' })
  async issue(
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: IssueVoucherDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VoucherResponse> {
    const { voucher, created } = await this.vouchers.issue(principal, key, dto);
    if (!created) res.status(200);
    return toVoucherResponse(voucher);
  }

  @ApiErrors(400, 401)
  @Get()
  @Authenticated()
  @ApiOperation({ summary: 'The vouchers of the caller’s organization (the bureau: all), newest first' })
  @ApiOkResponse({ type: [VoucherResponse] })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: YearQuery): Promise<VoucherResponse[]> {
    return (await this.vouchers.list(principal, { year: query.year })).map(toVoucherResponse);
  }

  @ApiErrors(400, 401, 404)
  @Get(':id')
  @Authenticated()
  @ApiOperation({ summary: 'A voucher with its redemptions: the holder, a provider that redeemed it, the bureau' })
  @ApiOkResponse({ type: VoucherDetailResponse })
  @ApiNotFoundResponse({ description: 'VOUCHER_NOT_FOUND' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<VoucherDetailResponse> {
    const { voucher, redemptions } = await this.vouchers.get(principal, id);
    return { ...toVoucherResponse(voucher), redemptions: redemptions.map(toRedemptionResponse) };
  }

  @ApiErrors(400, 401, 404, 409)
  @Post(':id/redemptions')
  @Authenticated()
  @ApiOperation({
    summary:
      'Redeem on a registered, recorded deal whose buyer holds the voucher: by the holder (general) or the deal’s seller (exchange), within the voucher and the deal’s share',
  })
  @ApiCreatedResponse({ type: VoucherRedemptionResponse })
  @ApiOkResponse({ type: VoucherRedemptionResponse, description: 'the same redemption again: nothing more is redeemed' })
  @ApiConflictResponse({ description: 'VOUCHER_REDEMPTION_REFUSED: deal not recorded, voucher expired or spent, deal share exceeded' })
  async redeem(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: RedeemVoucherDto,
    @Res({ passthrough: true }) res: Response,
  ): Promise<VoucherRedemptionResponse> {
    const { entry, replayed } = await this.vouchers.redeem(principal, id, dto);
    if (replayed) res.status(200);
    return toRedemptionResponse(entry);
  }
}

@ApiTags('stats')
@ApiBearerAuth()
@Controller('stats')
@Roles('bureau')
export class VoucherStatsController {
  constructor(private readonly vouchers: VouchersService) {}

  @ApiErrors(400, 401, 403)
  @Get('vouchers')
  @ApiOperation({ summary: 'Vouchers of a budget year: budget, issued, redeemed, expired, outstanding, and the leverage' })
  @ApiOkResponse({ type: VoucherStatsResponse })
  async stats(@Query() query: YearQuery): Promise<VoucherStatsResponse> {
    return toVoucherStatsResponse(await this.vouchers.stats(query.year ?? currentYear()));
  }
}

@ApiTags('price guidance')
@Controller('price-guidance')
export class PriceGuidanceController {
  constructor(private readonly pricing: PriceGuidanceService) {}

  @ApiErrors(400)
  @Get()
  @HttpCode(200)
  @ApiOperation({
    summary:
      'What comparable contracts fetched: quartiles of the 技术交易额 of recorded deals of the last three years, by field, stage and contract kind; only a count below five deals',
    security: [],
  })
  @ApiOkResponse({ type: PriceGuidanceResponse })
  async get(@Query() query: PriceGuidanceQueryDto): Promise<PriceGuidanceResponse> {
    return toPriceGuidanceResponse(await this.pricing.guidance(query));
  }
}

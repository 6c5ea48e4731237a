import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { fenOf, OutcomesService, ListingReviewService, ListingSearchService, type Outcome } from '@app/listings';
import { CreateOutcomeDto } from './dto/create-outcome.dto.js';
import {
  OutcomeResponse,
  OWNER_ACCESS,
  StatusHistoryResponse,
  toOutcomeResponse,
  toStatusHistoryResponse,
} from './dto/listing.response.js';
import { RejectListingDto } from './dto/reject-listing.dto.js';
import { SearchOutcomesQuery } from './dto/search-listings.query.js';
import { OutcomeSearchResponse, toOutcomeSearchResponse } from './dto/search.response.js';
import { UpdateOutcomeDto } from './dto/update-outcome.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });
const BUREAU_ACCESS = { visible: true, isOwner: false, contacts: true, review: true };

@ApiTags('outcomes')
@Controller('outcomes')
export class OutcomesController {
  constructor(
    private readonly outcomes: OutcomesService,
    private readonly review: ListingReviewService,
    private readonly search: ListingSearchService,
  ) {}

  @Get()
  @ApiOkResponse({ type: OutcomeSearchResponse, description: 'published outcomes; hits never carry contact details' })
  @ApiServiceUnavailableResponse({ description: 'SEARCH_UNAVAILABLE: Meilisearch is not reachable' })
  async find(@Query() query: SearchOutcomesQuery): Promise<OutcomeSearchResponse> {
    return toOutcomeSearchResponse(
      await this.search.searchOutcomes({ ...query, priceMaxFen: fenOf('priceMax', query.priceMax) ?? undefined }),
      query,
    );
  }

  @Post()
  @Roles('institution')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: OutcomeResponse, description: 'created as pending (待审核)' })
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateOutcomeDto): Promise<OutcomeResponse> {
    return toOutcomeResponse(await this.outcomes.create(principal, dto), OWNER_ACCESS);
  }

  @Get(':id')
  @ApiOkResponse({ type: OutcomeResponse, description: 'contacts only for owners, the bureau and members of verified organizations' })
  @ApiNotFoundResponse({ description: 'unknown, or not published and not yours' })
  async get(@Param('id', uuid) id: string, @CurrentPrincipal() principal?: Principal): Promise<OutcomeResponse> {
    const { outcome, access } = await this.outcomes.get(principal, id);
    return toOutcomeResponse(outcome, access);
  }

  @Patch(':id')
  @Roles('institution')
  @ApiBearerAuth()
  @ApiOkResponse({ type: OutcomeResponse, description: 'edited; back to pending review' })
  @ApiForbiddenResponse({ description: 'not your organization’s outcome' })
  @ApiConflictResponse({ description: 'closed or fulfilled outcomes cannot be edited' })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateOutcomeDto,
  ): Promise<OutcomeResponse> {
    return toOutcomeResponse(await this.outcomes.update(principal, id, dto), OWNER_ACCESS);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('institution')
  @ApiBearerAuth()
  @ApiOkResponse({ type: OutcomeResponse })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<OutcomeResponse> {
    return toOutcomeResponse(await this.outcomes.close(principal, id), OWNER_ACCESS);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('bureau')
  @ApiBearerAuth()
  @ApiOkResponse({ type: OutcomeResponse })
  @ApiConflictResponse({ description: 'only pending outcomes are reviewed' })
  async approve(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<OutcomeResponse> {
    return toOutcomeResponse(await this.review.approve<Outcome>('outcome', principal, id), BUREAU_ACCESS);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('bureau')
  @ApiBearerAuth()
  @ApiOkResponse({ type: OutcomeResponse })
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: RejectListingDto,
  ): Promise<OutcomeResponse> {
    return toOutcomeResponse(await this.review.reject<Outcome>('outcome', principal, id, dto.reason), BUREAU_ACCESS);
  }

  @Get(':id/history')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: [StatusHistoryResponse], description: 'status changes, oldest first (owner and bureau)' })
  async history(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<StatusHistoryResponse[]> {
    return (await this.review.historyOf('outcome', principal, id)).map(toStatusHistoryResponse);
  }
}

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
import { fenOf, DemandsService, ListingReviewService, ListingSearchService, type Demand } from '@app/listings';
import { CreateDemandDto } from './dto/create-demand.dto.js';
import { DemandResponse, OWNER_ACCESS, StatusHistoryResponse, toDemandResponse, toStatusHistoryResponse } from './dto/listing.response.js';
import { RejectListingDto } from './dto/reject-listing.dto.js';
import { SearchDemandsQuery } from './dto/search-listings.query.js';
import { DemandSearchResponse, toDemandSearchResponse } from './dto/search.response.js';
import { UpdateDemandDto } from './dto/update-demand.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });
const BUREAU_ACCESS = { visible: true, isOwner: false, contacts: true, review: true };

@ApiTags('demands')
@Controller('demands')
export class DemandsController {
  constructor(
    private readonly demands: DemandsService,
    private readonly review: ListingReviewService,
    private readonly search: ListingSearchService,
  ) {}

  @Get()
  @ApiOkResponse({ type: DemandSearchResponse, description: 'published demands; hits never carry contact details' })
  @ApiServiceUnavailableResponse({ description: 'SEARCH_UNAVAILABLE: Meilisearch is not reachable' })
  async find(@Query() query: SearchDemandsQuery): Promise<DemandSearchResponse> {
    return toDemandSearchResponse(
      await this.search.searchDemands({ ...query, budgetMinFen: fenOf('budgetMin', query.budgetMin) ?? undefined }),
      query,
    );
  }

  @Post()
  @Roles('enterprise')
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: DemandResponse, description: 'created as pending (待审核)' })
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateDemandDto): Promise<DemandResponse> {
    return toDemandResponse(await this.demands.create(principal, dto), OWNER_ACCESS);
  }

  @Get(':id')
  @ApiOkResponse({ type: DemandResponse, description: 'contacts only for owners, the bureau and members of verified organizations' })
  @ApiNotFoundResponse({ description: 'unknown, or not published and not yours' })
  async get(@Param('id', uuid) id: string, @CurrentPrincipal() principal?: Principal): Promise<DemandResponse> {
    const { demand, access } = await this.demands.get(principal, id);
    return toDemandResponse(demand, access);
  }

  @Patch(':id')
  @Roles('enterprise')
  @ApiBearerAuth()
  @ApiOkResponse({ type: DemandResponse, description: 'edited; back to pending review' })
  @ApiForbiddenResponse({ description: 'not your organization’s demand' })
  @ApiConflictResponse({ description: 'closed or fulfilled demands cannot be edited' })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: UpdateDemandDto,
  ): Promise<DemandResponse> {
    return toDemandResponse(await this.demands.update(principal, id, dto), OWNER_ACCESS);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Roles('enterprise')
  @ApiBearerAuth()
  @ApiOkResponse({ type: DemandResponse })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<DemandResponse> {
    return toDemandResponse(await this.demands.close(principal, id), OWNER_ACCESS);
  }

  @Post(':id/approve')
  @HttpCode(200)
  @Roles('bureau')
  @ApiBearerAuth()
  @ApiOkResponse({ type: DemandResponse })
  @ApiConflictResponse({ description: 'only pending demands are reviewed' })
  async approve(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<DemandResponse> {
    return toDemandResponse(await this.review.approve<Demand>('demand', principal, id), BUREAU_ACCESS);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @Roles('bureau')
  @ApiBearerAuth()
  @ApiOkResponse({ type: DemandResponse })
  async reject(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: RejectListingDto,
  ): Promise<DemandResponse> {
    return toDemandResponse(await this.review.reject<Demand>('demand', principal, id, dto.reason), BUREAU_ACCESS);
  }

  @Get(':id/history')
  @Authenticated()
  @ApiBearerAuth()
  @ApiOkResponse({ type: [StatusHistoryResponse], description: 'status changes, oldest first (owner and bureau)' })
  async history(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<StatusHistoryResponse[]> {
    return (await this.review.historyOf('demand', principal, id)).map(toStatusHistoryResponse);
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { DemandsService, OutcomesService } from '@app/listings';
import { MyListingsQuery } from './dto/list-listings.query.js';
import { DemandPageResponse, OutcomePageResponse, OWNER_ACCESS, toDemandResponse, toOutcomeResponse } from './dto/listing.response.js';

/** The caller's organization's own listings, in every status. */
@ApiTags('my listings')
@ApiBearerAuth()
@Controller('my')
export class MyListingsController {
  constructor(
    private readonly demands: DemandsService,
    private readonly outcomes: OutcomesService,
  ) {}

  @Get('demands')
  @Roles('enterprise')
  @ApiOkResponse({ type: DemandPageResponse, description: 'own demands in any status, most recently changed first' })
  async demandsOf(@CurrentPrincipal() principal: Principal, @Query() query: MyListingsQuery): Promise<DemandPageResponse> {
    const [items, total] = await this.demands.listMine(principal, query.status, query.page, query.limit);
    return { items: items.map((d) => toDemandResponse(d, OWNER_ACCESS)), total, page: query.page, limit: query.limit };
  }

  @Get('outcomes')
  @Roles('institution')
  @ApiOkResponse({ type: OutcomePageResponse, description: 'own outcomes in any status, most recently changed first' })
  async outcomesOf(@CurrentPrincipal() principal: Principal, @Query() query: MyListingsQuery): Promise<OutcomePageResponse> {
    const [items, total] = await this.outcomes.listMine(principal, query.status, query.page, query.limit);
    return { items: items.map((o) => toOutcomeResponse(o, OWNER_ACCESS)), total, page: query.page, limit: query.limit };
  }
}

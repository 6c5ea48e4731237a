import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { ListingsService, type ListingKind, type ListingOf } from '@app/listings';
import { PageOf, toPage, type Page } from '../http/paging.js';
import { MyListingsQuery } from './dto/list-listings.query.js';
import { DemandResponse, OutcomeResponse, OWNER_ACCESS, toDemandResponse, toOutcomeResponse } from './dto/listing.response.js';

/** The caller's organization's own listings, in every status, most recently changed first. */
@ApiTags('my listings')
@ApiBearerAuth()
@Controller('my')
export class MyListingsController {
  constructor(private readonly listings: ListingsService) {}

  @ApiOperation({ summary: 'The caller organization’s demands, any status' })
  @ApiErrors(400, 401, 403)
  @Get('demands')
  @Roles('enterprise')
  @ApiOkResponse({ type: PageOf(DemandResponse), description: 'own demands in any status, most recently changed first' })
  demandsOf(@CurrentPrincipal() principal: Principal, @Query() query: MyListingsQuery): Promise<Page<DemandResponse>> {
    return this.mine('demand', principal, query, toDemandResponse);
  }

  @ApiOperation({ summary: 'The caller organization’s outcomes, any status' })
  @ApiErrors(400, 401, 403)
  @Get('outcomes')
  @Roles('institution')
  @ApiOkResponse({ type: PageOf(OutcomeResponse), description: 'own outcomes in any status, most recently changed first' })
  outcomesOf(@CurrentPrincipal() principal: Principal, @Query() query: MyListingsQuery): Promise<Page<OutcomeResponse>> {
    return this.mine('outcome', principal, query, toOutcomeResponse);
  }

  private async mine<K extends ListingKind, R>(
    kind: K,
    principal: Principal,
    query: MyListingsQuery,
    toResponse: (listing: ListingOf<K>, access: typeof OWNER_ACCESS) => R,
  ): Promise<Page<R>> {
    const rows = await this.listings.listMine(kind, principal, query.status, query.page, query.limit);
    return toPage(rows, query, (listing) => toResponse(listing, OWNER_ACCESS));
  }
}

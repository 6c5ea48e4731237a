/**
 * The HTTP surface of a kind of listing, written once: search, post, read, edit, close, the
 * bureau's review and the status history. `DemandsController` and `OutcomesController` are
 * this class for their kind; what differs between them is in their `ListingRoutes`.
 */
import { Body, Get, HttpCode, Injectable, Param, ParseUUIDPipe, Patch, Post, Query, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiServiceUnavailableResponse,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import {
  InquiryStats,
  listingPoster,
  ListingReviewService,
  ListingSearchService,
  ListingsService,
  type ListingAccess,
  type ListingDocumentOf,
  type ListingInputOf,
  type ListingKind,
  type ListingOf,
  type ListingSearchOf,
  type SearchPage,
} from '@app/listings';
import { RejectListingDto } from './dto/reject-listing.dto.js';
import { OWNER_ACCESS, StatusHistoryResponse, toResponsivenessResponse, toStatusHistoryResponse } from './dto/listing.response.js';

interface Paging {
  page: number;
  limit: number;
}

/** One kind's request and response classes and its mappers. */
export interface ListingRoutes<K extends ListingKind, Q extends Paging, R, S> {
  kind: K;
  dto: { create: Type<ListingInputOf<K>>; update: Type<Partial<ListingInputOf<K>>>; search: Type<Q> };
  response: { listing: Type<R>; search: Type<S> };
  map: {
    listing(listing: ListingOf<K>, access: ListingAccess): R;
    search(query: Q): ListingSearchOf<K>;
    found(page: SearchPage<ListingDocumentOf<K>>, paging: Paging): S;
  };
}

/** A kind's routes, with its types inferred from its classes. */
export const listingRoutes = <K extends ListingKind, Q extends Paging, R, S>(routes: ListingRoutes<K, Q, R, S>) => routes;

const uuid = new ParseUUIDPipe({ version: '4' });
const BUREAU_ACCESS: ListingAccess = { visible: true, isOwner: false, contacts: true, review: true };

/**
 * The handlers' parameter classes, which validation and the OpenAPI document read from
 * `design:paramtypes`: the compiler can only write `Object` there for a generic class.
 */
const ParamTypes =
  (...types: unknown[]): MethodDecorator =>
  (target, key) =>
    Reflect.defineMetadata('design:paramtypes', types, target, key);

export function ListingController<K extends ListingKind, Q extends Paging, R, S>({ kind, dto, response, map }: ListingRoutes<K, Q, R, S>) {
  const plural = `${kind}s`;
  const poster = listingPoster(kind);

  @Injectable()
  class ListingController {
    constructor(
      readonly listings: ListingsService,
      readonly review: ListingReviewService,
      readonly search: ListingSearchService,
      readonly inquiryStats: InquiryStats,
    ) {}

    @ApiOperation({ summary: `Search published ${plural}, with facets`, security: [] })
    @ApiErrors(400)
    @Get()
    @ApiOkResponse({ type: response.search, description: `published ${plural}; hits never carry contact details` })
    @ApiServiceUnavailableResponse({ description: 'SEARCH_UNAVAILABLE: Meilisearch is not reachable' })
    @ParamTypes(dto.search)
    async find(@Query() query: Q): Promise<S> {
      return map.found(await this.search.find(kind, map.search(query)), query);
    }

    @ApiOperation({ summary: `Post a ${kind} for review` })
    @ApiErrors(400, 401, 403)
    @Post()
    @Roles(poster)
    @ApiBearerAuth()
    @ApiCreatedResponse({ type: response.listing, description: 'created as pending (待审核)' })
    @ParamTypes(Object, dto.create)
    async create(@CurrentPrincipal() principal: Principal, @Body() body: ListingInputOf<K>): Promise<R> {
      return map.listing(await this.listings.create(kind, principal, body), OWNER_ACCESS);
    }

    @ApiOperation({ summary: `One ${kind}`, security: [] })
    @ApiErrors(400, 404)
    @Get(':id')
    @ApiOkResponse({ type: response.listing, description: 'contacts only for owners, the bureau and members of verified organizations' })
    @ApiNotFoundResponse({ description: 'unknown, or not published and not yours' })
    @ParamTypes(String, Object)
    async get(@Param('id', uuid) id: string, @CurrentPrincipal() principal?: Principal): Promise<R> {
      const { listing, access } = await this.listings.get(kind, principal, id);
      const responsiveness = (await this.inquiryStats.responsiveness([listing.organizationId])).get(listing.organizationId);
      const owner = {
        organizationId: listing.organizationId,
        name: listing.organization?.name ?? '',
        ...(responsiveness ? { responsiveness: toResponsivenessResponse(responsiveness) } : {}),
      };
      return { ...map.listing(listing, access), owner };
    }

    @ApiOperation({ summary: `Edit a ${kind}; it goes back to review` })
    @ApiErrors(400, 401, 403, 404, 409)
    @Patch(':id')
    @Roles(poster)
    @ApiBearerAuth()
    @ApiOkResponse({ type: response.listing, description: 'edited; back to pending review' })
    @ApiForbiddenResponse({ description: `not your organization’s ${kind}` })
    @ApiConflictResponse({ description: `closed or fulfilled ${plural} cannot be edited` })
    @ParamTypes(Object, String, dto.update)
    async update(
      @CurrentPrincipal() principal: Principal,
      @Param('id', uuid) id: string,
      @Body() body: Partial<ListingInputOf<K>>,
    ): Promise<R> {
      return map.listing(await this.listings.update(kind, principal, id, body), OWNER_ACCESS);
    }

    @ApiOperation({ summary: `Close a ${kind}` })
    @ApiErrors(400, 401, 403, 404)
    @Post(':id/close')
    @HttpCode(200)
    @Roles(poster)
    @ApiBearerAuth()
    @ApiOkResponse({ type: response.listing })
    @ParamTypes(Object, String)
    async close(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<R> {
      return map.listing(await this.listings.close(kind, principal, id), OWNER_ACCESS);
    }

    @ApiOperation({ summary: `Reconfirm that a ${kind} is still current (最近确认)` })
    @ApiErrors(400, 401, 403, 404, 409)
    @Post(':id/reconfirm')
    @HttpCode(200)
    @Roles(poster)
    @ApiBearerAuth()
    @ApiOkResponse({ type: response.listing, description: '最近确认 is now; an expired listing is published again' })
    @ApiForbiddenResponse({ description: `not your organization’s ${kind}` })
    @ApiConflictResponse({ description: `only published or expired ${plural} are reconfirmed` })
    @ParamTypes(Object, String)
    async reconfirm(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<R> {
      return map.listing(await this.listings.reconfirm(kind, principal, id), OWNER_ACCESS);
    }

    @ApiOperation({ summary: `Approve a pending ${kind} (the bureau)` })
    @ApiErrors(400, 401, 403, 404, 409)
    @Post(':id/approve')
    @HttpCode(200)
    @Roles('bureau')
    @ApiBearerAuth()
    @ApiOkResponse({ type: response.listing })
    @ApiConflictResponse({ description: `only pending ${plural} are reviewed` })
    @ParamTypes(Object, String)
    async approve(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<R> {
      return map.listing(await this.review.approve(kind, principal, id), BUREAU_ACCESS);
    }

    @ApiOperation({ summary: `Reject a pending ${kind} with a reason (the bureau)` })
    @ApiErrors(400, 401, 403, 404, 409)
    @Post(':id/reject')
    @HttpCode(200)
    @Roles('bureau')
    @ApiBearerAuth()
    @ApiOkResponse({ type: response.listing })
    @ParamTypes(Object, String, RejectListingDto)
    async reject(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string, @Body() body: RejectListingDto): Promise<R> {
      return map.listing(await this.review.reject(kind, principal, id, body.reason), BUREAU_ACCESS);
    }

    @ApiOperation({ summary: `Status changes of a ${kind}` })
    @ApiErrors(400, 401, 403, 404)
    @Get(':id/history')
    @Authenticated()
    @ApiBearerAuth()
    @ApiOkResponse({ type: [StatusHistoryResponse], description: 'status changes, oldest first (owner and bureau)' })
    @ParamTypes(Object, String)
    async history(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<StatusHistoryResponse[]> {
      return (await this.review.historyOf(kind, principal, id)).map((h) => toStatusHistoryResponse(h, principal));
    }
  }
  return ListingController;
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { CurrentPrincipal, Roles, VerifiedEmailRequired, type Principal } from '@app/accounts';
import { InquiriesService } from '@app/listings';
import { InquiryDeclines } from '@app/matching';
import {
  CreateInquiryDto,
  DeclineInquiryDto,
  InquiryMessageDto,
  InquiryMessageResponse,
  InquiryResponse,
  ListInquiriesQuery,
  toInquiryMessageResponse,
  toInquiryResponse,
  toOpenInquiryInput,
} from './dto/inquiry.dto.js';
import { PageOf, toPage, type Page } from '../http/paging.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** 对接: only the two organizations involved see an inquiry; to anyone else it does not exist. */
@ApiTags('inquiries')
@ApiBearerAuth()
@Controller('inquiries')
@Roles('enterprise', 'institution')
export class InquiriesController {
  constructor(
    private readonly inquiries: InquiriesService,
    private readonly declines: InquiryDeclines,
  ) {}

  @ApiOperation({ summary: 'Open an inquiry on a published listing' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post()
  @VerifiedEmailRequired()
  @ApiCreatedResponse({ type: InquiryResponse })
  @ApiForbiddenResponse({ description: 'INQUIRY_OWN_LISTING: the listing belongs to your organization' })
  @ApiNotFoundResponse({ description: 'the listing is unknown or not published' })
  @ApiConflictResponse({ description: 'INQUIRY_ALREADY_OPEN: your organization has an open inquiry on this listing' })
  async open(@CurrentPrincipal() principal: Principal, @Body() dto: CreateInquiryDto): Promise<InquiryResponse> {
    return toInquiryResponse(await this.inquiries.open(principal, toOpenInquiryInput(dto)), principal);
  }

  @ApiOperation({ summary: 'Inquiries the caller’s organization sent or received' })
  @ApiErrors(400, 401, 403)
  @Get()
  @ApiOkResponse({ type: PageOf(InquiryResponse), description: 'inquiries my organization opened and those on its listings' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListInquiriesQuery): Promise<Page<InquiryResponse>> {
    return toPage(await this.inquiries.list(principal, query, query.page, query.limit), query, (v) => toInquiryResponse(v, principal));
  }

  @ApiOperation({ summary: 'An inquiry with its messages' })
  @ApiErrors(400, 401, 403, 404)
  @Get(':id')
  @ApiOkResponse({ type: InquiryResponse })
  @ApiNotFoundResponse({ description: 'unknown, or not between your organization and the other party' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<InquiryResponse> {
    return toInquiryResponse(await this.inquiries.get(principal, id), principal);
  }

  @ApiOperation({ summary: 'Send a message in an inquiry' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post(':id/messages')
  @VerifiedEmailRequired()
  @ApiCreatedResponse({ type: InquiryMessageResponse })
  @ApiConflictResponse({ description: 'INQUIRY_CLOSED' })
  async message(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: InquiryMessageDto,
  ): Promise<InquiryMessageResponse> {
    return toInquiryMessageResponse(await this.inquiries.addMessage(principal, id, dto.body), principal);
  }

  @ApiOperation({ summary: 'Decline an inquiry with a reason' })
  @ApiErrors(400, 401, 403, 404, 409)
  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ type: InquiryResponse, description: 'declined with a reason the asker sees (declining twice changes nothing)' })
  @ApiForbiddenResponse({ description: 'INQUIRY_DECLINE_OWNER_ONLY: only the listing’s owner declines' })
  @ApiConflictResponse({ description: 'INQUIRY_CLOSED: closed before it was declined' })
  async decline(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: DeclineInquiryDto,
  ): Promise<InquiryResponse> {
    return toInquiryResponse(await this.declines.decline(principal, id, dto), principal);
  }

  @ApiOperation({ summary: 'Close an inquiry' })
  @ApiErrors(400, 401, 403, 404)
  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: InquiryResponse, description: 'closed (closing twice changes nothing)' })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<InquiryResponse> {
    return toInquiryResponse(await this.inquiries.close(principal, id), principal);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { InquiriesService } from '@app/listings';
import {
  CreateInquiryDto,
  InquiryMessageDto,
  InquiryMessageResponse,
  InquiryPageResponse,
  InquiryResponse,
  ListInquiriesQuery,
  toInquiryMessageResponse,
  toInquiryResponse,
  toOpenInquiryInput,
} from './dto/inquiry.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** 对接: only the two organizations involved see an inquiry; to anyone else it does not exist. */
@ApiTags('inquiries')
@ApiBearerAuth()
@Controller('inquiries')
@Roles('enterprise', 'institution')
export class InquiriesController {
  constructor(private readonly inquiries: InquiriesService) {}

  @Post()
  @ApiCreatedResponse({ type: InquiryResponse })
  @ApiForbiddenResponse({ description: 'INQUIRY_OWN_LISTING: the listing belongs to your organization' })
  @ApiNotFoundResponse({ description: 'the listing is unknown or not published' })
  @ApiConflictResponse({ description: 'INQUIRY_ALREADY_OPEN: your organization has an open inquiry on this listing' })
  async open(@CurrentPrincipal() principal: Principal, @Body() dto: CreateInquiryDto): Promise<InquiryResponse> {
    return toInquiryResponse(await this.inquiries.open(principal, toOpenInquiryInput(dto)), principal);
  }

  @Get()
  @ApiOkResponse({ type: InquiryPageResponse, description: 'inquiries my organization opened and those on its listings' })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListInquiriesQuery): Promise<InquiryPageResponse> {
    const [views, total] = await this.inquiries.list(principal, query, query.page, query.limit);
    return { items: views.map((v) => toInquiryResponse(v, principal)), total, page: query.page, limit: query.limit };
  }

  @Get(':id')
  @ApiOkResponse({ type: InquiryResponse })
  @ApiNotFoundResponse({ description: 'unknown, or not between your organization and the other party' })
  async get(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<InquiryResponse> {
    return toInquiryResponse(await this.inquiries.get(principal, id), principal);
  }

  @Post(':id/messages')
  @ApiCreatedResponse({ type: InquiryMessageResponse })
  @ApiConflictResponse({ description: 'INQUIRY_CLOSED' })
  async message(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: InquiryMessageDto,
  ): Promise<InquiryMessageResponse> {
    return toInquiryMessageResponse(await this.inquiries.addMessage(principal, id, dto.body), principal);
  }

  @Post(':id/close')
  @HttpCode(200)
  @ApiOkResponse({ type: InquiryResponse, description: 'closed (closing twice changes nothing)' })
  async close(@CurrentPrincipal() principal: Principal, @Param('id', uuid) id: string): Promise<InquiryResponse> {
    return toInquiryResponse(await this.inquiries.close(principal, id), principal);
  }
}

import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { Authenticated, CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { DealNoticesService } from '@app/deals';
import { PageOf, toPage, type Page } from '../http/paging.js';
import {
  ListNoticesQuery,
  NoticeResponse,
  ObjectionDto,
  ObjectionResponse,
  ResolveObjectionDto,
  toNoticeResponse,
  toObjectionResponse,
} from './dto/notice.dto.js';

const uuid = new ParseUUIDPipe({ version: '4' });

/** 公示: public notices of deals at an institution's agreed price, their objections and the bureau's answers. */
@ApiTags('notices')
@Controller('notices')
export class NoticesController {
  constructor(private readonly notices: DealNoticesService) {}

  @ApiOperation({ summary: 'Deal notices (公示): running or archived', security: [] })
  @ApiErrors(400)
  @Get()
  @ApiOkResponse({ type: PageOf(NoticeResponse), description: 'public: running notices and the archive, newest first' })
  async list(@Query() query: ListNoticesQuery): Promise<Page<NoticeResponse>> {
    return toPage(await this.notices.list(query.state, query.page, query.limit), query, toNoticeResponse);
  }

  @ApiOperation({ summary: 'Object to a running deal notice' })
  @ApiErrors(400, 401, 404, 409)
  @Post(':id/objections')
  @Authenticated()
  @ApiBearerAuth()
  @ApiCreatedResponse({ type: ObjectionResponse })
  @ApiNotFoundResponse({ description: 'no such notice' })
  @ApiConflictResponse({ description: 'the notice period has ended' })
  async object(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Body() dto: ObjectionDto,
  ): Promise<ObjectionResponse> {
    return toObjectionResponse(await this.notices.object(principal, id, dto.text));
  }

  @ApiOperation({ summary: 'Answer an objection to a deal notice (the bureau)' })
  @ApiErrors(400, 401, 403, 404)
  @Post(':id/objections/:oid/resolve')
  @HttpCode(200)
  @Roles('bureau')
  @ApiBearerAuth()
  @ApiOkResponse({ type: ObjectionResponse, description: 'the resolved objection; resolving again keeps the first answer' })
  @ApiNotFoundResponse({ description: 'no such notice or objection' })
  async resolve(
    @CurrentPrincipal() principal: Principal,
    @Param('id', uuid) id: string,
    @Param('oid', uuid) oid: string,
    @Body() dto: ResolveObjectionDto,
  ): Promise<ObjectionResponse> {
    return toObjectionResponse(await this.notices.resolve(principal, id, oid, dto.resolution));
  }
}

import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { Subscriptions } from '@app/matching';
import { CreateSubscriptionDto, SubscriptionListResponse, SubscriptionResponse, toSubscriptionResponse } from './dto/subscription.dto.js';

/** 订阅: an organization's standing searches; each newly published listing that fits one becomes a `subscription.hit`. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('subscriptions')
@Roles('enterprise', 'institution')
export class SubscriptionsController {
  constructor(private readonly subscriptions: Subscriptions) {}

  @ApiOperation({ summary: 'Subscribe to new listings of a kind, keyword, field or region' })
  @ApiErrors(400, 401, 403)
  @Post()
  @ApiCreatedResponse({ type: SubscriptionResponse })
  async create(@CurrentPrincipal() principal: Principal, @Body() dto: CreateSubscriptionDto): Promise<SubscriptionResponse> {
    return toSubscriptionResponse(await this.subscriptions.create(principal, dto));
  }

  @ApiOperation({ summary: 'The caller organization’s subscriptions' })
  @ApiErrors(401, 403)
  @Get()
  @ApiOkResponse({ type: SubscriptionListResponse, description: "my organization's subscriptions, newest first" })
  async list(@CurrentPrincipal() principal: Principal): Promise<SubscriptionListResponse> {
    return { items: (await this.subscriptions.list(principal)).map(toSubscriptionResponse) };
  }

  @ApiOperation({ summary: 'Delete a subscription' })
  @ApiErrors(400, 401, 403, 404)
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'deleted' })
  @ApiNotFoundResponse({ description: "unknown, or another organization's" })
  async remove(@CurrentPrincipal() principal: Principal, @Param('id', new ParseUUIDPipe({ version: '4' })) id: string): Promise<void> {
    await this.subscriptions.remove(principal, id);
  }
}

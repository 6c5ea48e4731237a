import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiProperty, ApiTags, ApiOperation } from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { NotificationPayloadResponse } from './inbox.controller.js';
import { IsBoolean } from 'class-validator';
import { Authenticated, CurrentPrincipal, type Principal } from '@app/accounts';
import { formatFen } from '@app/common';
import { NOTIFICATION_KINDS } from '@app/deals';
import {
  FEED_TYPE_LABELS,
  FEED_TYPES,
  NotificationCentre,
  NotificationPreferences,
  ORG_NOTIFICATION_TYPES,
  type FeedItem,
  type FeedReader,
  type FeedType,
} from '@app/notifications';
import { ListNotificationsQuery } from '../deals/dto/list-deals.query.js';
import { toPage } from '../http/paging.js';

export class NotificationResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({
    enum: FEED_TYPES,
    description:
      'match.new: a listing gained a top match; subscription.hit: a new listing fits a subscription; listing.expiring: a listing expires soon; deal.status: a deal changed stage; turnover.milestone: the year reached a share of its target',
  })
  type: FeedType;
  @ApiProperty({ type: String, example: '新的匹配' }) typeLabel: string;
  @ApiProperty({
    enum: [...NOTIFICATION_KINDS, ...ORG_NOTIFICATION_TYPES],
    description: 'the stored kind: deal_status or turnover_milestone for deal notices (as before), the type for alerts',
  })
  kind: string;
  @ApiProperty({ type: Boolean }) read: boolean;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({
    type: NotificationPayloadResponse,
    description:
      'match.new: {demandId, outcomeId, listingKind, listingId, counterpartId, counterpartTitle, rank, score, reasons}; subscription.hit: {subscriptionId, listingKind, listingId, title}; listing.expiring: {listingKind, listingId, title, expiresAt}; deal.status: {dealId}; turnover.milestone: {year, milestone, total, target}',
  })
  payload: NotificationPayloadResponse;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the deal a deal_status notification is about' })
  dealId: string | null;
  @ApiProperty({ type: Number, description: "the deal's year, or the year (in China) an alert was written" }) year: number;
  @ApiProperty({ type: Number, nullable: true, example: 50 }) milestone: number | null;
  @ApiProperty({ type: String }) title: string;
  @ApiProperty({ type: String }) message: string;
  @ApiProperty({ type: String, nullable: true }) total: string | null;
  @ApiProperty({ type: String, nullable: true }) target: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class NotificationPageResponse {
  @ApiProperty({ type: [NotificationResponse] }) items: NotificationResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
  @ApiProperty({ type: Number, description: "the reader's unread notifications, all pages and years" }) unreadCount: number;
}

export class NotificationPreferencesDto {
  @ApiProperty({ type: Boolean, description: "whether the member gets the daily digest mail of the organization's alerts" })
  @IsBoolean({ message: 'dailyDigest must be true or false' })
  dailyDigest: boolean;
}

const toResponse = (n: FeedItem): NotificationResponse => ({
  id: n.id,
  type: n.type,
  typeLabel: FEED_TYPE_LABELS[n.type],
  kind: n.kind,
  read: n.readAt !== null,
  readAt: n.readAt ? new Date(n.readAt).toISOString() : null,
  payload: n.payload,
  dealId: n.dealId,
  year: n.year,
  milestone: n.milestone,
  title: n.title,
  message: n.message,
  total: n.totalFen === null ? null : formatFen(n.totalFen),
  target: n.targetFen === null ? null : formatFen(n.targetFen),
  createdAt: new Date(n.createdAt).toISOString(),
});

const readerOf = (principal: Principal): FeedReader =>
  principal.orgType === 'bureau' ? { bureau: true } : { bureau: false, organizationId: principal.organizationId };

/**
 * The notification centre: a member's organization's alerts (match.new, subscription.hit,
 * listing.expiring) and deal notices, or the bureau's notices, newest first, with the unread count.
 */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@Authenticated()
export class NotificationsController {
  constructor(
    private readonly centre: NotificationCentre,
    private readonly preferences: NotificationPreferences,
  ) {}

  @ApiOperation({ summary: 'The caller’s notification settings' })
  @ApiErrors(401)
  @Get('preferences')
  @ApiOkResponse({
    type: NotificationPreferencesDto,
    description: "the caller's notification settings (the daily digest is on until turned off)",
  })
  getPreferences(@CurrentPrincipal() principal: Principal): Promise<NotificationPreferencesDto> {
    return this.preferences.get(principal.userId);
  }

  @ApiOperation({ summary: 'Change the caller’s notification settings (the daily digest)' })
  @ApiErrors(400, 401)
  @Put('preferences')
  @ApiOkResponse({ type: NotificationPreferencesDto, description: 'saved' })
  setPreferences(@CurrentPrincipal() principal: Principal, @Body() dto: NotificationPreferencesDto): Promise<NotificationPreferencesDto> {
    return this.preferences.set(principal.userId, { dailyDigest: dto.dailyDigest });
  }

  @ApiOperation({ summary: 'The notification centre: the organization’s alerts and deal notices, newest first, with the unread count' })
  @ApiErrors(400, 401)
  @Get()
  @ApiOkResponse({ type: NotificationPageResponse, description: "the bureau's notifications, or the caller organization's" })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: ListNotificationsQuery): Promise<NotificationPageResponse> {
    const { items, total, unread } = await this.centre.list(readerOf(principal), { year: query.year }, query.page, query.limit);
    return { ...toPage([items, total], query, toResponse), unreadCount: unread };
  }

  @ApiOperation({ summary: 'Mark a notification read' })
  @ApiErrors(400, 401, 404)
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: NotificationResponse, description: 'marked read (again: unchanged)' })
  @ApiNotFoundResponse({ description: "unknown, or another organization's" })
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<NotificationResponse> {
    return toResponse(await this.centre.markRead(readerOf(principal), id));
  }
}

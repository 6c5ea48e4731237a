import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  ApiOperation,
} from '@nestjs/swagger';
import { ApiErrors } from '../http/api-errors.js';
import { CurrentPrincipal, Roles, type Principal } from '@app/accounts';
import { ORG_NOTIFICATION_TYPES, OrgNotifications, type OrgNotification, type OrgNotificationType } from '@app/notifications';
import { PageQuery, toPage } from '../http/paging.js';

/** What a notification points at; which fields are there depends on its type. */
export class NotificationPayloadResponse {
  @ApiPropertyOptional({ type: String, format: 'uuid' }) demandId?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid' }) outcomeId?: string;
  @ApiPropertyOptional({ enum: ['demand', 'outcome'] }) listingKind?: 'demand' | 'outcome';
  @ApiPropertyOptional({ type: String, format: 'uuid' }) listingId?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', description: 'match.new: the matched listing' }) counterpartId?: string;
  @ApiPropertyOptional({ type: String }) counterpartTitle?: string;
  @ApiPropertyOptional({ type: Number }) rank?: number;
  @ApiPropertyOptional({ type: Number }) score?: number;
  @ApiPropertyOptional({ type: [String] }) reasons?: string[];
  @ApiPropertyOptional({ type: String, format: 'uuid' }) subscriptionId?: string;
  @ApiPropertyOptional({ type: String, description: 'subscription.hit, listing.expiring: the listing’s title' }) title?: string;
  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'listing.expiring' }) expiresAt?: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'deal.status' }) dealId?: string | null;
  @ApiPropertyOptional({ type: Number, description: 'turnover.milestone' }) year?: number;
  @ApiPropertyOptional({ type: Number, description: 'turnover.milestone' }) milestone?: number;
  @ApiPropertyOptional({ type: String, description: 'turnover.milestone: yuan, decimal string' }) total?: string;
  @ApiPropertyOptional({ type: String, description: 'turnover.milestone: yuan, decimal string' }) target?: string;
}

export class InboxNotificationResponse {
  @ApiProperty({ type: String, format: 'uuid' }) id: string;
  @ApiProperty({
    enum: ORG_NOTIFICATION_TYPES,
    description: 'match.new: a listing gained a top match; subscription.hit: a new listing fits a subscription',
  })
  type: OrgNotificationType;
  @ApiProperty({ type: String, example: '新的科技成果匹配：茶园晚霜冻害预警与防御技术' }) title: string;
  @ApiProperty({
    type: NotificationPayloadResponse,
    description:
      'match.new: {demandId, outcomeId, listingKind, listingId, counterpartId, counterpartTitle, rank, score, reasons}; subscription.hit: {subscriptionId, listingKind, listingId, title}',
  })
  payload: NotificationPayloadResponse;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
}

export class InboxPageResponse {
  @ApiProperty({ type: [InboxNotificationResponse] }) items: InboxNotificationResponse[];
  @ApiProperty({ type: Number }) total: number;
  @ApiProperty({ type: Number }) page: number;
  @ApiProperty({ type: Number }) limit: number;
  @ApiProperty({ type: Number, description: 'unread notifications of the organization, all pages' }) unreadCount: number;
}

const toResponse = (n: OrgNotification): InboxNotificationResponse => ({
  id: n.id,
  type: n.type,
  title: n.title,
  payload: n.payload,
  readAt: n.readAt ? n.readAt.toISOString() : null,
  createdAt: n.createdAt.toISOString(),
});

/** The organization's notification centre (match alerts, subscription hits): every member reads it. */
@ApiTags('notifications')
@ApiBearerAuth()
@Controller('inbox')
@Roles('enterprise', 'institution')
export class InboxController {
  constructor(private readonly notifications: OrgNotifications) {}

  @ApiOperation({ summary: 'The caller organization’s notifications, newest first, with the unread count' })
  @ApiErrors(400, 401, 403)
  @Get()
  @ApiOkResponse({ type: InboxPageResponse, description: "my organization's notifications, newest first, with the unread count" })
  async list(@CurrentPrincipal() principal: Principal, @Query() query: PageQuery): Promise<InboxPageResponse> {
    const { rows, total, unread } = await this.notifications.list(principal.organizationId, query.page, query.limit);
    return { ...toPage([rows, total], query, toResponse), unreadCount: unread };
  }

  @ApiOperation({ summary: 'Mark a notification read' })
  @ApiErrors(400, 401, 403, 404)
  @Post(':id/read')
  @HttpCode(200)
  @ApiOkResponse({ type: InboxNotificationResponse, description: 'marked read (again: unchanged)' })
  @ApiNotFoundResponse({ description: "unknown, or another organization's" })
  async read(
    @CurrentPrincipal() principal: Principal,
    @Param('id', new ParseUUIDPipe({ version: '4' })) id: string,
  ): Promise<InboxNotificationResponse> {
    return toResponse(await this.notifications.markRead(principal.organizationId, id));
  }
}

import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Roles } from '@app/accounts';
import { NotificationsService } from '@app/deals';
import { NotificationPageResponse, toNotificationResponse } from './dto/deal.response.js';
import { ListNotificationsQuery } from './dto/list-deals.query.js';

@ApiTags('notifications')
@ApiBearerAuth()
@Controller('notifications')
@Roles('bureau')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOkResponse({ type: NotificationPageResponse })
  async list(@Query() query: ListNotificationsQuery): Promise<NotificationPageResponse> {
    const [items, total] = await this.notifications.list({ year: query.year }, query.page, query.limit);
    return { items: items.map(toNotificationResponse), total, page: query.page, limit: query.limit };
  }
}

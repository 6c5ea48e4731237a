import { Injectable } from '@nestjs/common';
import type { Caller } from './deal-intake.service.js';
import type { Notification } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

/** Notifications, newest first: the bureau's (milestones, deals awaiting registration) or an organization's (its deals). */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  list(caller: Caller, filter: { year?: number }, page: number, limit: number): Promise<[Notification[], number]> {
    return this.notifications.listPage({ ...filter, orgId: caller.orgType === 'bureau' ? null : caller.organizationId }, page, limit);
  }
}

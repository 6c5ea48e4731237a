import { Injectable } from '@nestjs/common';
import type { Notification } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';

/** The bureau's notifications, newest first. */
@Injectable()
export class NotificationsService {
  constructor(private readonly notifications: NotificationsRepository) {}

  list(filter: { year?: number }, page: number, limit: number): Promise<[Notification[], number]> {
    return this.notifications.listPage(filter, page, limit);
  }
}

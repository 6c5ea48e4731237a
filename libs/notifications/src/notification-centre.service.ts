import { Injectable } from '@nestjs/common';
import { type FeedItem, type FeedReader, toFeedItem } from './notification-centre.js';
import { NotificationCentreRepository } from './notification-centre.repository.js';
import { notificationNotFound } from './notifications.errors.js';

/**
 * The notification centre of a signed-in member (its organization's alerts and deal notices) or
 * of the bureau (milestones, deals awaiting registration): newest first, with the unread count;
 * marking read writes where the notification is stored.
 */
@Injectable()
export class NotificationCentre {
  constructor(private readonly repository: NotificationCentreRepository) {}

  async list(
    reader: FeedReader,
    filter: { year?: number },
    page: number,
    limit: number,
  ): Promise<{ items: FeedItem[]; total: number; unread: number }> {
    const { rows, total } = await this.repository.listPage(reader, filter, page, limit);
    const unread = await this.repository.count(reader, {}, true);
    return { items: rows.map(toFeedItem), total, unread };
  }

  /** Marks one of the reader's notifications read (again: unchanged); anyone else's does not exist. */
  async markRead(reader: FeedReader, id: string): Promise<FeedItem> {
    if (!(await this.repository.markRead(reader, id))) throw notificationNotFound();
    const row = await this.repository.findOne(reader, id);
    if (!row) throw notificationNotFound();
    return toFeedItem(row);
  }
}

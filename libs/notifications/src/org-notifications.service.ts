import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { IsNull, Repository } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity.js';
import { OrgNotification, type OrgNotificationType } from './org-notification.entity.js';
import { notificationNotFound } from './notifications.errors.js';

export interface NewNotification {
  recipientOrgId: string;
  type: OrgNotificationType;
  title: string;
  payload: Record<string, unknown>;
  /** Unique per event: a second notification with the same key is not written. */
  dedupeKey: string;
}

/** Organizations' notification centre: written once per event, read by every member, marked read. */
@Injectable()
export class OrgNotifications {
  constructor(@InjectRepository(OrgNotification) private readonly repo: Repository<OrgNotification>) {}

  /** Writes those not written before; returns how many are new. */
  async notify(items: NewNotification[]): Promise<number> {
    if (items.length === 0) return 0;
    const result = await this.repo
      .createQueryBuilder()
      .insert()
      .values(items as QueryDeepPartialEntity<OrgNotification>[])
      .orIgnore()
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length;
  }

  async list(orgId: string, page: number, limit: number): Promise<{ rows: OrgNotification[]; total: number; unread: number }> {
    const [rows, total] = await this.repo.findAndCount({
      where: { recipientOrgId: orgId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
    const unread = await this.repo.countBy({ recipientOrgId: orgId, readAt: IsNull() });
    return { rows, total, unread };
  }

  /** Marks one of the organization's notifications read (again: unchanged); anyone else's does not exist. */
  async markRead(orgId: string, id: string): Promise<OrgNotification> {
    const found = await this.repo.findOneBy({ id, recipientOrgId: orgId });
    if (!found) throw notificationNotFound();
    if (!found.readAt) {
      await this.repo.update({ id, readAt: IsNull() }, { readAt: () => 'now()' });
      return (await this.repo.findOneBy({ id }))!;
    }
    return found;
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import { Notification } from './notification.entity.js';

@Injectable()
export class NotificationsRepository {
  constructor(@InjectRepository(Notification) private readonly repo: Repository<Notification>) {}

  /** Creates the milestone notification unless it exists; true when this call created it. */
  async insertMilestoneOnce(
    values: Pick<Notification, 'year' | 'milestone' | 'title' | 'message' | 'totalFen' | 'targetFen'>,
  ): Promise<boolean> {
    const rows: unknown[] = await this.repo.query(
      `INSERT INTO notifications (kind, year, milestone, title, message, total_fen, target_fen)
       VALUES ('turnover_milestone', $1, $2, $3, $4, $5, $6)
       ON CONFLICT (year, milestone) WHERE kind = 'turnover_milestone' DO NOTHING RETURNING id`,
      [values.year, values.milestone, values.title, values.message, values.totalFen, values.targetFen],
    );
    return rows.length > 0;
  }

  /** A deal's change of stage, one row per recipient (an organization, or null for the bureau), in the caller's transaction. */
  async insertDealStatus(
    manager: EntityManager,
    rows: Pick<Notification, 'orgId' | 'dealId' | 'year' | 'title' | 'message'>[],
  ): Promise<void> {
    if (rows.length === 0) return;
    await manager.getRepository(Notification).insert(rows.map((r) => ({ ...r, kind: 'deal_status' as const })));
  }

  /** The bureau's notifications (no recipient organization), or one organization's. */
  listPage(filter: { year?: number; orgId: string | null }, page: number, limit: number): Promise<[Notification[], number]> {
    return this.repo.findAndCount({
      where: { ...(filter.year !== undefined ? { year: filter.year } : {}), orgId: filter.orgId ?? IsNull() },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }
}

import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
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

  listPage(filter: { year?: number }, page: number, limit: number): Promise<[Notification[], number]> {
    return this.repo.findAndCount({
      where: filter.year !== undefined ? { year: filter.year } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * limit,
      take: limit,
    });
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { formatFenGrouped } from '@app/common';
import { AppConfig } from '@app/config';
import { TURNOVER_BASIS_LABELS } from './annual-target.entity.js';
import { MILESTONES } from './notification.entity.js';
import { NotificationsRepository } from './notifications.repository.js';
import { TargetsRepository } from './targets.repository.js';
import { TurnoverStatsRepository } from './turnover-stats.repository.js';

/**
 * Turnover milestones (50 %, 80 %, 100 % of the year's target, on the target's basis). Evaluated after each recording
 * commits, so the last of several concurrent recordings sees every committed amount; the
 * unique index makes each notification exist once.
 */
@Injectable()
export class MilestonesService {
  private readonly logger = new Logger(MilestonesService.name);

  constructor(
    private readonly stats: TurnoverStatsRepository,
    private readonly targets: TargetsRepository,
    private readonly notifications: NotificationsRepository,
    private readonly config: AppConfig,
  ) {}

  /** Returns the milestones this call created. */
  async evaluate(year: number): Promise<number[]> {
    const target = await this.targets.findByYear(year);
    if (!target || BigInt(target.turnoverFen) === 0n) return [];
    const targetFen = BigInt(target.turnoverFen);
    const totalFen = BigInt(
      (await this.stats.yearTotals(year, { basis: target.basis, prefix: this.config.market.regionPrefix })).amountFen,
    );
    const what = `${year}年技术市场交易额（${TURNOVER_BASIS_LABELS[target.basis]}）`;
    const created: number[] = [];
    for (const milestone of MILESTONES) {
      if (totalFen * 100n < targetFen * BigInt(milestone)) break;
      const inserted = await this.notifications.insertMilestoneOnce({
        year,
        milestone,
        title: `${what}已达目标的${milestone}%`,
        message: `${what}累计 ${formatFenGrouped(totalFen)} 元，已完成年度目标 ${formatFenGrouped(targetFen)} 元的 ${milestone}%。`,
        totalFen: totalFen.toString(),
        targetFen: targetFen.toString(),
      });
      if (inserted) created.push(milestone);
    }
    if (created.length > 0) this.logger.log(`${year}: turnover milestones reached: ${created.join(', ')} %`);
    return created;
  }
}

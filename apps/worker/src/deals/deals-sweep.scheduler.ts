import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { PendingDealsSweeper } from '@app/deals';
import { QUEUES } from '@app/queue';

/**
 * Schedules the pending-deal sweep as a BullMQ job scheduler (one schedule, however many
 * workers), and sweeps once at start. Both are repeated whenever the connection to Redis
 * becomes ready again, because a Redis that restarted empty has lost the schedule.
 */
@Injectable()
export class DealsSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DealsSweepScheduler.name);

  constructor(
    @InjectQueue(QUEUES.deals) private readonly queue: Queue,
    private readonly sweeper: PendingDealsSweeper,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    void this.queue.getBackend().client.then((client) => {
      client.on('ready', () => void this.kick());
      if (client.status === 'ready') void this.kick();
    });
  }

  private async kick(): Promise<void> {
    try {
      await this.queue.upsertJobScheduler(
        'deals.pending.sweep',
        { every: this.config.deals.sweepEveryMs },
        { name: 'deals.pending.sweep', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
      );
      await this.sweeper.sweep();
    } catch (error) {
      this.logger.warn(`pending-deal sweep at connect failed: ${(error as Error).message}`);
    }
  }
}

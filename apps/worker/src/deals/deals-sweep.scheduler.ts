import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { AppConfig } from '@app/config';
import { RegisteredDealsSweeper } from '@app/deals';
import { QUEUES } from '@app/queue';

/**
 * Schedules the registered-deal sweep as a BullMQ job scheduler (one schedule, however many
 * workers), and sweeps once at start. Both are repeated whenever the connection to Redis
 * becomes ready again, because a Redis that restarted empty has lost the schedule.
 */
@Injectable()
export class DealsSweepScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(DealsSweepScheduler.name);

  constructor(
    @InjectQueue(QUEUES.deals) private readonly queue: Queue,
    private readonly sweeper: RegisteredDealsSweeper,
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
      // The sweep's schedule under its name before deals were registered first; gone for good.
      await this.queue.removeJobScheduler('deals.pending.sweep');
      await this.queue.upsertJobScheduler(
        'deals.registered.sweep',
        { every: this.config.deals.sweepEveryMs },
        { name: 'deals.registered.sweep', data: {}, opts: { removeOnComplete: true, removeOnFail: 100 } },
      );
      await this.sweeper.sweep();
    } catch (error) {
      this.logger.warn(`registered-deal sweep at connect failed: ${(error as Error).message}`);
    }
  }
}

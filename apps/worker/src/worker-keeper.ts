import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Worker } from 'bullmq';

/** How often the keeper looks at the workers. */
const CHECK_EVERY_MS = 2_000;

/**
 * Keeps every BullMQ worker of this process fetching jobs. A worker's run loop can end on a
 * connection error while Redis restarts (it emits `error` and stops); nothing starts it again,
 * and jobs then wait in Redis while the process looks healthy. The keeper starts any worker
 * whose loop has ended, unless the process is shutting down.
 */
@Injectable()
export class WorkerKeeper implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(WorkerKeeper.name);
  private timer?: NodeJS.Timeout;
  private stopping = false;

  constructor(private readonly discovery: DiscoveryService) {}

  onApplicationBootstrap(): void {
    const workers = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost)
      .map((host) => host.worker);
    this.timer = setInterval(() => {
      for (const worker of workers) this.keep(worker);
    }, CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    this.stopping = true;
    clearInterval(this.timer);
  }

  private keep(worker: Worker): void {
    if (this.stopping || worker.closing || worker.isRunning()) return;
    this.logger.warn(`worker ${worker.name} had stopped fetching jobs: starting it again`);
    worker.run().catch((error: unknown) => this.logger.warn(`worker ${worker.name} stopped: ${(error as Error).message}`));
  }
}

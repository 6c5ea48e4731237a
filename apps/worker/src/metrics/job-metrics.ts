import { WorkerHost } from '@nestjs/bullmq';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import type { Job } from 'bullmq';
import { Histogram } from 'prom-client';
import { METRICS_PREFIX, MetricsRegistry } from '@app/metrics';

/** From a few milliseconds (one deal) to minutes (a sweep after an outage, a chunk while Meilisearch is slow). */
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300];

/**
 * Job durations per queue, job name and outcome, and how long jobs waited before a worker took
 * them, from the events of every BullMQ worker of this process. The listeners go on at module
 * init, right after the BullMQ module created the workers (it is initialised first, as an import
 * of this module): waiting for the application's bootstrap let a worker finish jobs already in
 * Redis before anyone counted them.
 */
@Injectable()
export class JobMetrics implements OnModuleInit {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly metrics: MetricsRegistry,
  ) {}

  onModuleInit(): void {
    const registers = [this.metrics.registry];
    const duration = new Histogram({
      name: `${METRICS_PREFIX}queue_job_duration_seconds`,
      help: 'Time a worker spent on a job, by queue, job name and status (completed, failed)',
      labelNames: ['queue', 'job', 'status'] as const,
      buckets: BUCKETS,
      registers,
    });
    const wait = new Histogram({
      name: `${METRICS_PREFIX}queue_job_wait_seconds`,
      help: 'Time from a job being added to a worker taking it for its last attempt (delays and earlier attempts included), by queue and job name',
      labelNames: ['queue', 'job'] as const,
      buckets: BUCKETS,
      registers,
    });
    const hosts = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance as unknown)
      .filter((instance): instance is WorkerHost => instance instanceof WorkerHost);
    for (const host of hosts) {
      const worker = host.worker;
      const record = (job: Job | undefined, status: 'completed' | 'failed') => {
        if (!job?.processedOn || !job.finishedOn) return;
        duration.observe({ queue: worker.name, job: job.name, status }, (job.finishedOn - job.processedOn) / 1000);
        wait.observe({ queue: worker.name, job: job.name }, Math.max(0, job.processedOn - job.timestamp) / 1000);
      };
      worker.on('completed', (job) => record(job, 'completed'));
      worker.on('failed', (job) => record(job, 'failed'));
    }
  }
}

import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { JOBS, JobName } from './queues.js';

/** Default retry policy: exponential backoff, finished jobs trimmed so Redis stays small. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/** BullMQ waits for a connection before adding; the api must not wait with it while Redis is away. */
export const ENQUEUE_TIMEOUT_MS = 2000;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from Redis within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Enqueues jobs. A write's transaction has already committed when this runs, so a failure
 * here must not fail the request: the caller's outbox or sweeper re-sends what was not queued.
 */
@Injectable()
export class QueueProducer {
  private readonly logger = new Logger(QueueProducer.name);

  constructor(private readonly moduleRef: ModuleRef) {}

  queueFor(job: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOBS[job]), { strict: false });
  }

  /** Returns false (and logs) when Redis is unreachable; `jobId` makes repeats harmless. */
  async enqueue<P extends object>(job: JobName, payload: P, options: JobsOptions & { jobId: string }): Promise<boolean> {
    try {
      await withTimeout(this.queueFor(job).add(job, payload, { ...DEFAULT_JOB_OPTIONS, ...options }), ENQUEUE_TIMEOUT_MS);
      return true;
    } catch (error) {
      this.logger.warn(`enqueue ${job} ${options.jobId} failed: ${(error as Error).message}`);
      return false;
    }
  }

  async enqueueBulk<P extends object>(job: JobName, items: { payload: P; jobId: string }[]): Promise<boolean> {
    if (items.length === 0) return true;
    try {
      await withTimeout(
        this.queueFor(job).addBulk(items.map((i) => ({ name: job, data: i.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: i.jobId } }))),
        ENQUEUE_TIMEOUT_MS,
      );
      return true;
    } catch (error) {
      this.logger.warn(`enqueue ${items.length} × ${job} failed: ${(error as Error).message}`);
      return false;
    }
  }
}

import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobsOptions, Queue } from 'bullmq';
import { JOBS, JobName, QUEUES } from './queues.js';

/** Default retry policy: exponential backoff, finished jobs trimmed so Redis stays small. */
export const DEFAULT_JOB_OPTIONS: JobsOptions = {
  attempts: 10,
  backoff: { type: 'exponential', delay: 1000 },
  removeOnComplete: { age: 3600, count: 10000 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

/**
 * How long an enqueue may take before it counts as failed. BullMQ waits for a connection that
 * never became ready (Redis down when the process started); the api must not wait with it.
 */
export const ENQUEUE_TIMEOUT_MS = 1500;

function withinTimeout<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ENQUEUE_TIMEOUT_MS} ms`)), ENQUEUE_TIMEOUT_MS);
  });
  work.catch(() => undefined); // a late failure after the timeout is already reported
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Enqueues jobs. A write's transaction has already committed when this runs, so a failure
 * here must not fail the request: the caller's outbox or sweeper re-sends what was not queued.
 */
@Injectable()
export class QueueProducer implements OnModuleInit {
  private readonly logger = new Logger(QueueProducer.name);
  private lastConnectionWarning = 0;

  constructor(private readonly moduleRef: ModuleRef) {}

  /** Connection errors while Redis is away are expected: logged at most every 30 s, never thrown. */
  onModuleInit(): void {
    for (const name of Object.values(QUEUES)) {
      this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }).on('error', (error: Error) => {
        if (Date.now() - this.lastConnectionWarning < 30_000) return;
        this.lastConnectionWarning = Date.now();
        this.logger.warn(`queue ${name}: ${error.message}`);
      });
    }
  }

  queueFor(job: JobName): Queue {
    return this.moduleRef.get<Queue>(getQueueToken(JOBS[job]), { strict: false });
  }

  /** Returns false (and logs) when Redis is unreachable; `jobId` makes repeats harmless. */
  async enqueue<P extends object>(job: JobName, payload: P, options: JobsOptions & { jobId: string }): Promise<boolean> {
    try {
      await withinTimeout(this.queueFor(job).add(job, payload, { ...DEFAULT_JOB_OPTIONS, ...options }));
      return true;
    } catch (error) {
      this.logger.warn(`enqueue ${job} ${options.jobId} failed: ${(error as Error).message}`);
      return false;
    }
  }

  async enqueueBulk<P extends object>(job: JobName, items: { payload: P; jobId: string }[]): Promise<boolean> {
    if (items.length === 0) return true;
    try {
      await withinTimeout(
        this.queueFor(job).addBulk(items.map((i) => ({ name: job, data: i.payload, opts: { ...DEFAULT_JOB_OPTIONS, jobId: i.jobId } }))),
      );
      return true;
    } catch (error) {
      this.logger.warn(`enqueue ${items.length} × ${job} failed: ${(error as Error).message}`);
      return false;
    }
  }
}

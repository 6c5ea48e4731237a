import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { Queue } from 'bullmq';
import { QUEUES, type QueueName } from './queues.js';

/** Job states an operator watches: work not done yet, and work that gave up. */
export const DEPTH_STATES = ['waiting', 'prioritized', 'delayed', 'active', 'failed'] as const;
export type DepthState = (typeof DEPTH_STATES)[number];

/** How many jobs each queue holds in each state (metrics, the operations checks). */
@Injectable()
export class QueueDepth {
  constructor(private readonly moduleRef: ModuleRef) {}

  async counts(): Promise<{ queue: QueueName; state: DepthState; count: number }[]> {
    const perQueue = await Promise.all(
      Object.values(QUEUES).map(async (name) => {
        const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
        const counts = await queue.getJobCounts(...DEPTH_STATES);
        return DEPTH_STATES.map((state) => ({ queue: name, state, count: counts[state] ?? 0 }));
      }),
    );
    return perQueue.flat();
  }
}

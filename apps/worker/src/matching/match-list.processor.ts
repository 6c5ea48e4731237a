import { Processor, WorkerHost } from '@nestjs/bullmq';
import { assertNever } from '@app/common';
import { MatchLists } from '@app/matching';
import { JOBS, type JobName, type MatchListRefreshPayload, QUEUES } from '@app/queue';
import type { Job } from 'bullmq';

/** Every job name routed to the match-lists queue. */
export type MatchListJob = { [K in JobName]: (typeof JOBS)[K] extends typeof QUEUES.matchLists ? K : never }[JobName];

/**
 * Stored match lists: a listing indexed gets its list computed and is scored into its
 * counterparts' lists; a listing removed leaves every list. A few at once: each is a match
 * (Meilisearch round trips) and a re-rank of up to 50 small pools (CPU).
 */
@Processor(QUEUES.matchLists, { concurrency: 4 })
export class MatchListProcessor extends WorkerHost {
  static readonly jobs = ['matching.list.refresh'] as const satisfies readonly JobName[];

  constructor(private readonly lists: MatchLists) {
    super();
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as MatchListJob;
    switch (name) {
      case 'matching.list.refresh': {
        const { kind, id, ownOnly } = job.data as MatchListRefreshPayload;
        return this.lists.refresh(kind, id, ownOnly ?? false);
      }
      default:
        return assertNever(name, `job on ${QUEUES.matchLists}`);
    }
  }
}

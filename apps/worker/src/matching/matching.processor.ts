import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger, OnApplicationBootstrap } from '@nestjs/common';
import { assertNever } from '@app/common';
import { MatchFeedbackService, MatchLists, VocabularyStore, VocabularySync } from '@app/matching';
import { JOBS, type JobName, type MatchListRefreshPayload, QUEUES, QueueProducer, type VocabularyChangedPayload } from '@app/queue';
import type { Job } from 'bullmq';

/** Every job name routed to the matching queue. */
export type MatchingJob = { [K in JobName]: (typeof JOBS)[K] extends typeof QUEUES.matching ? K : never }[JobName];

/**
 * The matching queue: a vocabulary change puts its synonyms into Meilisearch and re-ranks every
 * stored match list; the feedback sync turns accepted inquiries and recorded deals
 * into match evidence.
 */
@Processor(QUEUES.matching, { concurrency: 1 })
export class MatchingProcessor extends WorkerHost implements OnApplicationBootstrap {
  static readonly jobs = ['matching.vocabulary.changed', 'matching.feedback.sync'] as const satisfies readonly JobName[];
  private readonly logger = new Logger(MatchingProcessor.name);

  constructor(
    private readonly sync: VocabularySync,
    private readonly store: VocabularyStore,
    private readonly feedback: MatchFeedbackService,
    private readonly lists: MatchLists,
    private readonly producer: QueueProducer,
  ) {
    super();
  }

  /** A change made while no worker ran is applied at start. */
  onApplicationBootstrap(): void {
    // In the background: the worker's start never waits on Meilisearch.
    void this.sync
      .applySynonyms()
      .catch((error: unknown) => this.logger.warn(`synonyms not applied at start: ${(error as Error).message}`));
  }

  /** Every stored list is recomputed with the new vocabulary (its own list only: counterparts follow from theirs). */
  private async rerankAll(revision: string): Promise<number> {
    let after: { kind: string; id: string } | null = null;
    let count = 0;
    for (;;) {
      const keys = await this.lists.listKeys(after, 1000);
      if (keys.length === 0) return count;
      const queued = await this.producer.enqueueBulk<MatchListRefreshPayload>(
        'matching.list.refresh',
        keys.map((k) => ({ payload: { kind: k.kind, id: k.id, ownOnly: true }, jobId: `list-${k.kind}-${k.id}-vocabulary-${revision}` })),
      );
      if (!queued) throw new Error('match list re-rank not enqueued');
      count += keys.length;
      after = keys[keys.length - 1];
    }
  }

  async process(job: Job): Promise<unknown> {
    const name = job.name as MatchingJob;
    switch (name) {
      case 'matching.vocabulary.changed': {
        await this.store.refresh();
        const groups = await this.sync.applySynonyms();
        return { groups, reranked: await this.rerankAll((job.data as VocabularyChangedPayload).revision) };
      }
      case 'matching.feedback.sync':
        return { recorded: await this.feedback.syncFromMarket() };
      default:
        return assertNever(name, `job on ${QUEUES.matching}`);
    }
  }
}

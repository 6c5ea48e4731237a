import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { SYNONYM_GROUPS } from '@app/search';
import { teachWords } from '../segmenter.js';
import { BRIDGES, type Bridge } from '../vocabulary.js';
import { VocabularyRepository } from './vocabulary.repository.js';
import { seedRows } from './vocabulary-seeds.js';

/** What matching expands listings with: the bridges and the synonym groups in force. */
export interface Vocabulary {
  bridges: Bridge[];
  synonymGroups: string[][];
}

/** Matching's source of the vocabulary; without one (scripts, unit tests) the code's seeds apply. */
export abstract class VocabularySource {
  abstract current(): Vocabulary;
}

export const SEED_VOCABULARY: Vocabulary = { bridges: BRIDGES, synonymGroups: SYNONYM_GROUPS };

/** How often a process asks the database whether the vocabulary moved on. */
export const VOCABULARY_CHECK_MS = 10_000;

/**
 * The vocabulary in force, cached in each process and reloaded when its revision (the highest
 * change id) moves: a bureau edit reaches matching within VOCABULARY_CHECK_MS, without a restart.
 * A check runs in the background; a match never waits for it.
 */
@Injectable()
export class VocabularyStore extends VocabularySource implements OnApplicationBootstrap {
  private readonly logger = new Logger(VocabularyStore.name);
  private vocabulary: Vocabulary = SEED_VOCABULARY;
  private revision = '';
  private checkedAt = 0;
  private checking?: Promise<void>;

  constructor(private readonly repository: VocabularyRepository) {
    super();
    teachWords(SEED_VOCABULARY.bridges.flatMap((b) => [...b.when, ...b.add]));
  }

  /** Seeds the tables from the code's vocabulary (new seeds only), then loads them. */
  async onApplicationBootstrap(): Promise<void> {
    await this.repository
      .seed(seedRows())
      .then((n) => n > 0 && this.logger.log(`vocabulary: ${n} entries seeded`))
      .then(() => this.refresh())
      .catch((error: unknown) => this.logger.warn(`vocabulary not loaded yet: ${(error as Error).message}`));
  }

  current(): Vocabulary {
    if (Date.now() - this.checkedAt > VOCABULARY_CHECK_MS && !this.checking) {
      this.checking = this.refresh()
        .catch((error: unknown) => this.logger.warn(`vocabulary check failed: ${(error as Error).message}`))
        .finally(() => (this.checking = undefined));
    }
    return this.vocabulary;
  }

  /** Reloads when the revision moved (also what tests call to see a change at once). */
  async refresh(): Promise<void> {
    this.checkedAt = Date.now();
    const revision = await this.repository.revision();
    if (revision === this.revision) return;
    const entries = await this.repository.active();
    const bridges = entries.filter((e) => e.kind === 'bridge').map((e) => ({ when: e.triggers, add: e.terms }));
    const synonymGroups = entries.filter((e) => e.kind === 'synonym').map((e) => e.triggers);
    // An empty table (seeding not yet run) keeps the seeds rather than matching without a vocabulary.
    if (bridges.length + synonymGroups.length > 0) {
      teachWords(entries.flatMap((e) => [...e.triggers, ...e.terms]));
      this.vocabulary = { bridges, synonymGroups };
    }
    this.revision = revision;
  }
}

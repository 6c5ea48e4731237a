import { Injectable, Logger } from '@nestjs/common';
import { INDEX_NAMES, SearchService, synonymsFromGroups } from '@app/search';
import { VocabularyRepository } from './vocabulary.repository.js';

/** Puts the synonym groups in force into both Meilisearch indexes (the worker runs it on every change). */
@Injectable()
export class VocabularySync {
  private readonly logger = new Logger(VocabularySync.name);

  constructor(
    private readonly repository: VocabularyRepository,
    private readonly search: SearchService,
  ) {}

  async applySynonyms(): Promise<number> {
    const groups = (await this.repository.active()).filter((e) => e.kind === 'synonym').map((e) => e.triggers);
    const synonyms = synonymsFromGroups(groups);
    for (const name of INDEX_NAMES) {
      await this.search.index(name).updateSynonyms(synonyms).waitTask({ timeout: 60000 });
    }
    this.logger.log(`synonyms applied: ${groups.length} groups`);
    return groups.length;
  }
}

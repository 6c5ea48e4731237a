/**
 * The code's vocabulary plus mined candidates as one-word bridges (CC-CEDICT shared glosses, or
 * keyword associations), for measuring them held out before any reaches the product.
 */
import { readFileSync } from 'node:fs';
import { SEED_VOCABULARY, type Vocabulary, VocabularySource } from '@app/matching';

export function minedVocabulary(path: string): VocabularySource {
  const synonyms = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string[]>;
  const vocabulary: Vocabulary = {
    bridges: [...SEED_VOCABULARY.bridges, ...Object.entries(synonyms).map(([word, others]) => ({ when: [word], add: others }))],
    synonymGroups: SEED_VOCABULARY.synonymGroups,
  };
  return new (class extends VocabularySource {
    current(): Vocabulary {
      return vocabulary;
    }
  })();
}

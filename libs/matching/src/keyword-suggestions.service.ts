import { Injectable, Optional } from '@nestjs/common';
import { expand, expansionTerms } from './expansion.js';
import { GENERIC_WORDS } from './features.js';
import { extractKeywords } from './segmenter.js';
import { containsText } from './text.js';
import { SEED_VOCABULARY, VocabularySource } from './vocabulary/vocabulary-store.js';

export interface KeywordSuggestion {
  word: string;
  /** `text`: a distinctive word of the listing; `vocabulary`: a research term its words bridge to. */
  source: 'text' | 'vocabulary';
}

const GENERIC = new Set(GENERIC_WORDS);
const FROM_TEXT = 8;
const FROM_VOCABULARY = 6;

/**
 * Keywords for a listing being written: its most distinctive words (jieba TF-IDF, taught the
 * vocabulary's words so that 电脑锣 stays whole) and the research terms its workshop words bridge
 * to, which are what answering listings are written in.
 */
@Injectable()
export class KeywordSuggestions {
  constructor(@Optional() private readonly vocabulary?: VocabularySource) {}

  suggest(input: { title: string; text?: string; keywords?: string[] }): KeywordSuggestion[] {
    const text = [input.title, input.title, input.text ?? ''].join('\n');
    const have = new Set((input.keywords ?? []).map((k) => k.trim()));
    const fromText = extractKeywords(text, FROM_TEXT * 2)
      .map((k) => k.word)
      .filter((w) => !GENERIC.has(w) && !have.has(w))
      .slice(0, FROM_TEXT);
    const { bridges, synonymGroups } = this.vocabulary?.current() ?? SEED_VOCABULARY;
    const terms = expansionTerms(expand(text, [...bridges, ...synonymGroups.map((g) => ({ when: g, add: g }))]));
    const fromVocabulary = terms.filter((t) => !have.has(t) && !fromText.includes(t) && !containsText(text, t)).slice(0, FROM_VOCABULARY);
    return [
      ...fromText.map((word) => ({ word, source: 'text' as const })),
      ...fromVocabulary.map((word) => ({ word, source: 'vocabulary' as const })),
    ];
  }
}

/**
 * Pseudo-relevance feedback: the distinctive words of the first round's best candidates, which
 * a second retrieval round searches for. A listing written in workshop words finds one outcome
 * through a bridge; that outcome's research terms then find the others written like it.
 */
import { GENERIC_WORDS } from './features.js';
import { words } from './segmenter.js';
import { containsText, normalizeText } from './text.js';

const GENERIC = new Set(GENERIC_WORDS);

export interface FeedbackOptions {
  /** How many of the best candidates to read. */
  docs: number;
  /** How many words to take. */
  words: number;
}

export const DEFAULT_FEEDBACK: FeedbackOptions = { docs: 3, words: 6 };

/**
 * Words that recur in the best candidates and are rare in the pool (tf in the top × idf in the
 * pool), leaving out the listing's own words and generic ones.
 */
export function feedbackWords(subjectText: string, top: string[], pool: string[], options: FeedbackOptions = DEFAULT_FEEDBACK): string[] {
  if (top.length === 0 || pool.length === 0) return [];
  const tf = new Map<string, number>();
  for (const text of top.slice(0, options.docs)) {
    for (const w of new Set(words(text).map(normalizeText))) {
      if (GENERIC.has(w) || /^[\d.]+$/.test(w) || containsText(subjectText, w)) continue;
      tf.set(w, (tf.get(w) ?? 0) + 1);
    }
  }
  const poolTexts = pool.map(normalizeText);
  const scored = [...tf].map(([w, n]) => {
    const df = poolTexts.filter((t) => t.includes(w)).length;
    return { w, score: n * Math.log(1 + (pool.length - df + 0.5) / (df + 0.5)) * Math.min(1, Array.from(w).length / 3) };
  });
  return scored
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.w.localeCompare(b.w))
    .slice(0, options.words)
    .map((s) => s.w);
}

/**
 * Query expansion: which bridging terms and synonyms a listing's text calls for, and which of
 * its words triggered them (the reasons name both: "术语对应: 倒春寒 → 霜冻, 冻害").
 */
import { SYNONYM_GROUPS } from '@app/search';
import { containsText, normalizeText } from './text.js';
import { BRIDGES, type Bridge } from './vocabulary.js';

export interface Expansion {
  /** The word found in the listing. */
  trigger: string;
  /** Terms it adds to the query, not already in the listing's text. */
  terms: string[];
}

const SYNONYM_BRIDGES: Bridge[] = SYNONYM_GROUPS.map((group) => ({ when: group, add: group }));

export function expand(text: string, bridges: Bridge[] = [...BRIDGES, ...SYNONYM_BRIDGES]): Expansion[] {
  const normalized = normalizeText(text);
  const byTrigger = new Map<string, Set<string>>();
  for (const bridge of bridges) {
    const trigger = bridge.when.find((w) => containsText(normalized, w));
    if (!trigger) continue;
    const added = bridge.add.filter((term) => !containsText(normalized, term));
    if (added.length === 0) continue;
    const set = byTrigger.get(trigger) ?? new Set<string>();
    added.forEach((t) => set.add(t));
    byTrigger.set(trigger, set);
  }
  return [...byTrigger].map(([trigger, terms]) => ({ trigger, terms: [...terms] }));
}

/** Every added term once, in the order found. */
export function expansionTerms(expansions: Expansion[]): string[] {
  return [...new Set(expansions.flatMap((e) => e.terms))];
}

/**
 * The bridges read backwards, for demands that an outcome answers: when an outcome's text holds
 * a bridge's research terms (two of them, or one of three characters or more, so that 节能 alone
 * does not call up every complaint about electricity), the workshop words of that bridge join
 * the query, because that is how the demands it answers are written.
 */
export function expandReverse(text: string, bridges: Bridge[] = BRIDGES): Expansion[] {
  const normalized = normalizeText(text);
  const byTrigger = new Map<string, Set<string>>();
  for (const bridge of bridges) {
    const found = bridge.add.filter((t) => containsText(normalized, t));
    if (found.length < 2 && !found.some((t) => Array.from(t).length >= 3)) continue;
    const added = bridge.when.filter((w) => !containsText(normalized, w));
    if (added.length === 0) continue;
    const trigger = found[0];
    const set = byTrigger.get(trigger) ?? new Set<string>();
    added.forEach((w) => set.add(w));
    byTrigger.set(trigger, set);
  }
  return [...byTrigger].map(([trigger, terms]) => ({ trigger, terms: [...terms] }));
}

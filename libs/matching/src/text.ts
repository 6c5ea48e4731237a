/**
 * Text features for matching Chinese listings: character bigrams of Han runs (robust where word
 * segmentation is not: 倒春寒, 萎凋房, 葛根素) and lower-cased Latin/number words (IoT, MPPT, NB-IoT).
 */

const HAN = /\p{Script=Han}/u;
/** Particles that never carry meaning; they break Han runs like punctuation does. */
const PARTICLES = new Set(['的', '了', '着', '吗', '呢', '吧', '啊', '呀', '哦', '嘛', '啦', '么']);
const LATIN_WORD = /[a-z][a-z0-9]*(?:[-+.][a-z0-9]+)*|\d+[a-z][a-z0-9]*/g;

/** NFKC folds full-width letters, digits and punctuation to their ASCII forms; then lower case. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Runs of Han characters, split at punctuation, spaces, Latin text and particles. */
export function hanRuns(text: string): string[] {
  const runs: string[] = [];
  let current = '';
  for (const ch of normalizeText(text)) {
    if (HAN.test(ch) && !PARTICLES.has(ch)) {
      current += ch;
    } else if (current) {
      runs.push(current);
      current = '';
    }
  }
  if (current) runs.push(current);
  return runs;
}

/** Latin words and codes: "NB-IoT" gives nb-iot, nb and iot; pure numbers are dropped. */
export function latinWords(text: string): string[] {
  const out: string[] = [];
  for (const word of normalizeText(text).match(LATIN_WORD) ?? []) {
    out.push(word);
    const parts = word.split(/[-+.]/).filter((p) => p.length > 1 && !/^\d+$/.test(p));
    if (parts.length > 1) out.push(...parts);
  }
  return out;
}

/** The terms of a text, repeated as often as they occur: Han bigrams, then Latin words. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const run of hanRuns(text)) {
    const chars = Array.from(run);
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  out.push(...latinWords(text));
  return out;
}

export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const term of terms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  return counts;
}

/** Splits a text into clauses at sentence and clause punctuation; short scraps are dropped. */
export function clauses(text: string, minChars = 2): string[] {
  return normalizeText(text)
    .split(/[。！？!?；;，,、：:\n\r（）()《》“”"'【】[\]…]+/u)
    .map((c) => c.trim())
    .filter((c) => Array.from(c).length >= minChars);
}

/** True when the normalized haystack contains the normalized needle. */
export function containsText(haystack: string, needle: string): boolean {
  const n = normalizeText(needle).trim();
  return n.length > 0 && normalizeText(haystack).includes(n);
}

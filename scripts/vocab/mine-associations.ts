/**
 * `npm run vocab:associations`: term associations mined from the corpus the market holds — the
 * demo listings' keywords and the CSL papers' keywords (../shared/data/realworld/csl): keywords
 * that occur together in two documents or more and more often than chance (PMI > 0), up to four
 * per keyword. Writes libs/matching/data/associations.json, for weak expansions measured held-out.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { DEMO_DEMANDS } from '../../apps/cli/src/seed/demo-demands.js';
import { DEMO_OUTCOMES } from '../../apps/cli/src/seed/demo-outcomes.js';
import { loadCsl } from '../eval/csl.js';

const { values } = parseArgs({ options: { csl: { type: 'string', default: '../shared/data/realworld/csl' } } });
const OUT = resolve('libs/matching/data/associations.json');
const MIN_TOGETHER = 2;
const PER_WORD = 4;

const docs: string[][] = [
  ...DEMO_DEMANDS.map((d) => d.keywords),
  ...DEMO_OUTCOMES.map((o) => o.keywords),
  ...loadCsl(resolve(values.csl)).map((p) => p.keywords),
].map((k) => [...new Set(k.map((w) => w.trim()).filter((w) => Array.from(w).length >= 2))]);

const single = new Map<string, number>();
const pair = new Map<string, number>();
for (const words of docs) {
  for (const w of words) single.set(w, (single.get(w) ?? 0) + 1);
  for (const a of words) for (const b of words) if (a < b) pair.set(`${a}\u0001${b}`, (pair.get(`${a}\u0001${b}`) ?? 0) + 1);
}
const n = docs.length;
const scored = new Map<string, { word: string; pmi: number }[]>();
for (const [key, together] of pair) {
  if (together < MIN_TOGETHER) continue;
  const [a, b] = key.split('\u0001');
  const pmi = Math.log((together * n) / (single.get(a)! * single.get(b)!));
  if (pmi <= 0) continue;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ])
    scored.set(x, [...(scored.get(x) ?? []), { word: y, pmi }]);
}
const out: Record<string, string[]> = {};
for (const word of [...scored.keys()].sort()) {
  out[word] = scored
    .get(word)!
    .sort((p, q) => q.pmi - p.pmi || p.word.localeCompare(q.word))
    .slice(0, PER_WORD)
    .map((s) => s.word);
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, JSON.stringify(out));
console.log(JSON.stringify({ documents: n, words: Object.keys(out).length, out: OUT }));

/**
 * Chinese word segmentation with jieba (@node-rs/jieba, prebuilt binaries, its own dictionary),
 * taught the vocabulary's words so that trade names and research terms (电脑锣, 冲裁间隙) come
 * out whole. Used where words matter more than character bigrams: proximity, pseudo-relevance
 * feedback terms and keyword suggestions. Loading the dictionary takes about a second, once.
 */
import { Jieba, TfIdf } from '@node-rs/jieba';
import { dict, idf } from '@node-rs/jieba/dict.js';
import { hanRuns, latinWords, normalizeText } from './text.js';

let jieba: Jieba | undefined;
let tfidf: TfIdf | undefined;
const taught = new Set<string>();
/** Words taught before the dictionary was loaded: loaded with it, so that a process that never segments never pays for it. */
let pending: string[] = [];

function instance(): Jieba {
  if (!jieba) {
    jieba = Jieba.withDict(dict);
    flush();
  }
  return jieba;
}

function flush(): void {
  if (!jieba || pending.length === 0) return;
  jieba.loadDict(Buffer.from(pending.join('\n')));
  pending = [];
}

/** Adds words to the segmenter's dictionary (idempotent); a high frequency keeps them whole. */
export function teachWords(words: Iterable<string>): void {
  for (const raw of words) {
    const word = normalizeText(raw).trim();
    if (Array.from(word).length < 2 || /\s/.test(word) || taught.has(word)) continue;
    taught.add(word);
    pending.push(`${word} 2000`);
  }
  flush();
}

/** Loads the dictionary now rather than on the first match. */
export function warmUpSegmenter(): void {
  instance();
}

/** Words of two or more characters (Han words from jieba, Latin words and codes), in order, repeated as they occur. */
export function words(text: string): string[] {
  const out: string[] = [];
  const seg = instance();
  for (const run of hanRuns(text)) {
    for (const word of seg.cut(run, true)) if (Array.from(word).length >= 2) out.push(word);
  }
  out.push(...latinWords(text));
  return out;
}

/** The text's most distinctive words by jieba's TF-IDF (its idf table from a large general corpus). */
export function extractKeywords(text: string, topK: number): { word: string; weight: number }[] {
  tfidf ??= TfIdf.withDict(idf);
  return tfidf
    .extractKeywords(instance(), normalizeText(text), topK)
    .filter((k) => Array.from(k.keyword).length >= 2 && !/^[\d.]+$/.test(k.keyword))
    .map((k) => ({ word: k.keyword, weight: k.weight }));
}

/**
 * The features of each (listing, candidate) pair that the ranker weighs. Each is in 0–1 (text
 * features relative to the pool's best candidate), so that one set of weights fits listings of
 * any length. Everything here is a pure function of the listing, the pool and the field weights.
 */
import { expansionTerms, type Expansion } from './expansion.js';
import { type FieldedText, type FieldWeights, PoolIndex, type TermContribution, trigrams } from './pool-index.js';
import { pairFeatures, type PairFacts } from './scoring.js';
import { words } from './segmenter.js';
import { normalizeText, termCounts } from './text.js';

export const FEATURES = [
  /** BM25F of all the listing's terms (title and keywords above body, expansions below). */
  'text',
  /** BM25F of the listing's title and keywords alone. */
  'core',
  /** BM25F of the body (description or abstract) alone. */
  'body',
  /** BM25F of the vocabulary's expansion terms (bridges and synonyms). */
  'expansion',
  /** BM25F of the pseudo-relevance feedback terms (distinctive words of the first round's best). */
  'feedbackTerms',
  /** BM25 of all terms against the candidate's title only. */
  'titleField',
  /** BM25 of all terms against the candidate's keywords only. */
  'keywordField',
  /** Shared character trigrams (adjacent shared bigrams), idf-weighted. */
  'phrase',
  /** Pairs of the listing's words that also stand close together in the candidate. */
  'proximity',
  /** Share of the listing's title and keyword terms (idf-weighted) the candidate contains. */
  'coverage',
  /** Share of the text score that rests on generic words (技术, 加工, 系统). */
  'generic',
  /** Share of the text score that rests on the single best term. */
  'single',
  /** Best Meilisearch ranking score among the candidate queries that found it. */
  'search',
  /** Share of the candidate queries that found it, relative to the most found candidate. */
  'hits',
  'field',
  'modes',
  'price',
  'maturity',
  'recency',
  /** Evidence from the market: accepted inquiries and deals (+), declines (−), in −1…1. */
  'feedback',
  /**
   * How the candidate's organization answers inquiries (last 90 days, 3 or more): its reply
   * rate, discounted when the median first reply takes longer than a day; 0 when unknown.
   */
  'responsiveness',
] as const;
export type FeatureName = (typeof FEATURES)[number];
export type FeatureVector = Record<FeatureName, number>;

/** Words that alone say nothing about what a listing is about. */
export const GENERIC_WORDS = [
  '技术', '加工', '系统', '方法', '设备', '工艺', '研究', '应用', '产品', '生产', '控制', '提高', '开发', '智能', '处理',
  '分析', '设计', '材料', '质量', '问题', '服务', '管理', '项目', '企业', '公司', '装置', '工程', '综合', '利用', '平台',
  '我们', '需要', '希望', '目前', '进行', '采用', '基于', '实现', '提供', '可以', '一种', '专业', '相关', '关键', '新型',
  '成本', '效率', '解决', '改进', '优化', '方案', '合作', '团队', '专家', '现在', '一个', '没有', '比较', '效果', '要求',
]; // prettier-ignore
const GENERIC = new Set(GENERIC_WORDS);

export interface SubjectText {
  title: string;
  body: string;
  keywords: string[];
  expansions: Expansion[];
  /** Pseudo-relevance feedback words, when a second round ran. */
  feedbackWords?: string[];
}

export interface PoolEntry<T> {
  doc: T;
  text: FieldedText;
  facts: PairFacts;
  /** Best Meilisearch ranking score among the queries that found it. */
  search: number;
  /** How many of the candidate queries found it. */
  hits: number;
  /** Market evidence for the pair, −1…1 (0 when there is none). */
  feedback?: number;
  /** The candidate owner's responsiveness, 0–1 (0 when unknown). */
  responsiveness?: number;
}

export interface PairEvidence {
  features: FeatureVector;
  /** The text score's terms, largest first (for reasons). */
  contributions: TermContribution[];
  /** The listing's words found close together in the candidate (for reasons). */
  closeWords: string[];
}

/** Weights of the listing's terms by where they come from, inside the `text` feature. */
export const TERM_SOURCE_WEIGHTS = { core: 1.5, body: 1, expansion: 0.6, feedback: 0.4 };
const MAX_PROXIMITY_WORDS = 12;
const WINDOW_CHARS = 12;

interface SubjectTerms {
  core: Map<string, number>;
  body: Map<string, number>;
  expansion: Map<string, number>;
  feedback: Map<string, number>;
  all: Map<string, number>;
  trigrams: Map<string, number>;
  coreWords: string[];
}

function weighted(text: string, weight: number): Map<string, number> {
  return new Map([...termCounts(text).keys()].map((t) => [t, weight]));
}

export function subjectTerms(subject: SubjectText): SubjectTerms {
  const coreText = [subject.title, ...subject.keywords].join('，');
  const core = weighted(coreText, 1);
  const body = weighted(subject.body, 1);
  const expansion = weighted(expansionTerms(subject.expansions).join('，'), 1);
  const feedback = weighted((subject.feedbackWords ?? []).join('，'), 1);
  const all = new Map<string, number>();
  const put = (terms: Map<string, number>, weight: number) => {
    for (const t of terms.keys()) all.set(t, Math.max(all.get(t) ?? 0, weight));
  };
  put(feedback, TERM_SOURCE_WEIGHTS.feedback);
  put(expansion, TERM_SOURCE_WEIGHTS.expansion);
  put(body, TERM_SOURCE_WEIGHTS.body);
  put(core, TERM_SOURCE_WEIGHTS.core);
  const tri = new Map<string, number>();
  for (const t of trigrams(subject.body)) tri.set(t, TERM_SOURCE_WEIGHTS.body);
  for (const t of trigrams(coreText)) tri.set(t, TERM_SOURCE_WEIGHTS.core);
  const coreWords = [...new Set(words(coreText).map(normalizeText))].filter((w) => !GENERIC.has(w)).slice(0, MAX_PROXIMITY_WORDS);
  return { core, body, expansion, feedback, all, trigrams: tri, coreWords };
}

/** Features of every candidate in the pool, in pool order. */
export function poolFeatures<T>(subject: SubjectText, pool: PoolEntry<T>[], fieldWeights: FieldWeights): PairEvidence[] {
  if (pool.length === 0) return [];
  const index = new PoolIndex(pool.map((p) => p.text));
  const q = subjectTerms(subject);
  const titleOnly: FieldWeights = { title: 1, keywords: 0, body: 0 };
  const keywordsOnly: FieldWeights = { title: 0, keywords: 1, body: 0 };
  const wordIdf = new Map(q.coreWords.map((w) => [w, idfOf(pool.length, index.docs.filter((d) => d.text.includes(w)).length)]));
  const coreIdfTotal = [...q.core.keys()].reduce((s, t) => s + index.idf(t), 0) || 1;
  const raw = pool.map((entry, i) => {
    const text = index.bm25f(i, q.all, fieldWeights);
    const close = closePairs(index.docs[i].text, q.coreWords, wordIdf);
    const genericShare =
      text.score > 0 ? text.contributions.filter((c) => GENERIC.has(c.term)).reduce((s, c) => s + c.score, 0) / text.score : 0;
    const covered = [...q.core.keys()].filter((t) => index.docs[i].tf.has(t)).reduce((s, t) => s + index.idf(t), 0);
    return {
      text,
      close,
      values: {
        text: text.score,
        core: index.bm25f(i, q.core, fieldWeights).score,
        body: index.bm25f(i, q.body, fieldWeights).score,
        expansion: index.bm25f(i, q.expansion, fieldWeights).score,
        feedbackTerms: index.bm25f(i, q.feedback, fieldWeights).score,
        titleField: index.bm25f(i, q.all, titleOnly).score,
        keywordField: index.bm25f(i, q.all, keywordsOnly).score,
        phrase: index.phrase(i, q.trigrams),
        proximity: close.score,
        coverage: covered / coreIdfTotal,
        generic: genericShare,
        single: text.score > 0 ? text.contributions[0].score / text.score : 0,
        search: entry.search,
        hits: entry.hits,
        ...pairFeatures(entry.facts),
        feedback: entry.feedback ?? 0,
        responsiveness: entry.responsiveness ?? 0,
      } satisfies FeatureVector,
    };
  });
  const relative: FeatureName[] = [
    'text',
    'core',
    'body',
    'expansion',
    'feedbackTerms',
    'titleField',
    'keywordField',
    'phrase',
    'proximity',
    'hits',
  ];
  for (const name of relative) {
    const best = Math.max(...raw.map((r) => r.values[name]));
    for (const r of raw) r.values[name] = best > 0 ? r.values[name] / best : 0;
  }
  return raw.map((r) => ({ features: r.values, contributions: r.text.contributions, closeWords: r.close.words }));
}

/**
 * The responsiveness feature of an organization: its reply rate, times 1 while the median first
 * reply comes within a day, falling to half at four days.
 */
export function responsivenessFeature(r: { rate: number; medianHours: number | null } | undefined): number {
  if (!r || r.medianHours === null) return 0;
  return r.rate / (1 + Math.max(0, r.medianHours - 24) / 72);
}

function idfOf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** Pairs of the listing's words that stand within a few characters of each other in the text. */
function closePairs(text: string, coreWords: string[], wordIdf: Map<string, number>): { score: number; words: string[] } {
  const positions = new Map<string, number[]>();
  for (const w of coreWords) {
    const found: number[] = [];
    for (let at = text.indexOf(w); at >= 0 && found.length < 20; at = text.indexOf(w, at + 1)) found.push(at);
    if (found.length > 0) positions.set(w, found);
  }
  const present = [...positions.keys()];
  let score = 0;
  const close = new Set<string>();
  for (let i = 0; i < present.length; i++) {
    for (let j = i + 1; j < present.length; j++) {
      const [a, b] = [present[i], present[j]];
      if (a.includes(b) || b.includes(a)) continue;
      const near = positions
        .get(a)!
        .some((pa) => positions.get(b)!.some((pb) => Math.abs(pa - pb) <= WINDOW_CHARS + Math.max(a.length, b.length)));
      if (!near) continue;
      score += Math.min(wordIdf.get(a) ?? 0, wordIdf.get(b) ?? 0);
      close.add(a);
      close.add(b);
    }
  }
  return { score, words: [...close] };
}

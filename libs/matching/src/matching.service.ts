import { Injectable, Optional } from '@nestjs/common';
import { InquiryStats } from '@app/listings';
import { filter, type DemandDocument, type OutcomeDocument } from '@app/search';
import { type Candidate, CandidateSearch, type CandidateQuery } from './candidate-search.js';
import { expand, expandReverse, expansionTerms } from './expansion.js';
import type { Bridge } from './vocabulary.js';
import { type FeatureVector, type PoolEntry, responsivenessFeature, type SubjectText } from './features.js';
import { feedbackWords } from './feedback-terms.js';
import type { DemandInput, DemandMatch, MatchOptions, OutcomeInput, OutcomeMatch } from './matching.types.js';
import { PoolIndex } from './pool-index.js';
import { planQueries, type PlannedQuery } from './query-plan.js';
import { rank, type Ranked } from './ranker.js';
import type { RankerModel } from './ranker-model.js';
import { FITTED_MODEL } from './ranker-weights.js';
import type { PairFacts } from './scoring.js';
import { termCounts } from './text.js';
import { MatchFeedbackSource } from './vocabulary/match-feedback.service.js';
import { SEED_VOCABULARY, VocabularySource } from './vocabulary/vocabulary-store.js';

/** A listing's candidates with everything the ranker needs, before ranking. */
export interface MatchPool<T> {
  subject: SubjectText;
  pool: PoolEntry<T>[];
}

/** Hits per feedback query in the second round. */
const FEEDBACK_HITS = 20;
/** First-round BM25F field weights used to pick the feedback documents (fixed, not fitted). */
const FIRST_ROUND_FIELDS = { title: 2, keywords: 2, body: 1 };

/**
 * Two-way matching: outcomes for a demand, demands for an outcome. Candidates come from
 * Meilisearch in two rounds of focused queries (the listing's own words and the vocabulary's
 * bridges, then the distinctive words of the first round's best candidates); the fitted ranker
 * orders them.
 */
@Injectable()
export class MatchingService {
  constructor(
    private readonly candidates: CandidateSearch,
    @Optional() private readonly vocabulary?: VocabularySource,
    @Optional() private readonly feedback?: MatchFeedbackSource,
    @Optional() private readonly inquiryStats?: InquiryStats,
  ) {}

  /** The responsiveness feature of each organization that has one (see `responsivenessFeature`). */
  async responsivenessOf(organizationIds: string[]): Promise<Map<string, number>> {
    if (!this.inquiryStats || organizationIds.length === 0) return new Map();
    const figures = await this.inquiryStats.responsiveness(organizationIds);
    return new Map([...figures].map(([id, r]) => [id, responsivenessFeature(r)]));
  }

  private subjectOf(title: string, body: string, keywords: string[], direction: 'outcomes' | 'demands'): SubjectText {
    const { bridges, synonymGroups } = this.vocabulary?.current() ?? SEED_VOCABULARY;
    const subject = subjectOf(title, body, keywords, [...bridges, ...synonymGroups.map((g) => ({ when: g, add: g }))]);
    if (direction === 'demands') subject.expansions.push(...expandReverse([title, keywords.join('，'), body].join('\n'), bridges));
    return subject;
  }

  /**
   * Market evidence for each candidate, when the listing is a stored one and a feedback source is
   * there; and its owner's responsiveness, when inquiry figures are there.
   */
  private async withFeedback<T extends { id: string; organizationId: string }>(
    kind: 'demand' | 'outcome',
    subject: { id?: string; organizationId?: string },
    pool: PoolEntry<T>[],
  ): Promise<PoolEntry<T>[]> {
    const owners = await this.responsivenessOf([...new Set(pool.map((p) => p.doc.organizationId))]);
    if (owners.size > 0)
      pool = pool.map((p) => (owners.has(p.doc.organizationId) ? { ...p, responsiveness: owners.get(p.doc.organizationId) } : p));
    if (!this.feedback || !subject.id || !subject.organizationId || pool.length === 0) return pool;
    const values = await this.feedback.forPool(
      { kind, id: subject.id, organizationId: subject.organizationId },
      pool.map((p) => ({ id: p.doc.id, organizationId: p.doc.organizationId })),
    );
    return pool.map((p) => (values.has(p.doc.id) ? { ...p, feedback: values.get(p.doc.id) } : p));
  }

  async outcomesForDemand(demand: DemandInput, options: MatchOptions, model: RankerModel = FITTED_MODEL): Promise<OutcomeMatch[]> {
    const { ranked } = await this.rankOutcomes(demand, options, model);
    return ranked.map((r) => ({ outcome: r.doc, score: r.score, reasons: r.reasons }));
  }

  async demandsForOutcome(outcome: OutcomeInput, options: MatchOptions, model: RankerModel = FITTED_MODEL): Promise<DemandMatch[]> {
    const { ranked } = await this.rankDemands(outcome, options, model);
    return ranked.map((r) => ({ demand: r.doc, score: r.score, reasons: r.reasons }));
  }

  /** The best `limit` outcomes with their features, and the words of the second round (what a stored list keeps). */
  async rankOutcomes(demand: DemandInput, options: MatchOptions, model: RankerModel = FITTED_MODEL): Promise<RankedList<OutcomeDocument>> {
    const { subject, pool } = await this.outcomePool(demand, options);
    return { ranked: rank(subject, pool, 'outcomes', model, options.limit), feedbackWords: subject.feedbackWords ?? [] };
  }

  async rankDemands(outcome: OutcomeInput, options: MatchOptions, model: RankerModel = FITTED_MODEL): Promise<RankedList<DemandDocument>> {
    const { subject, pool } = await this.demandPool(outcome, options);
    return { ranked: rank(subject, pool, 'demands', model, options.limit), feedbackWords: subject.feedbackWords ?? [] };
  }

  /**
   * Scores a newcomer for a stored list without a search: the pool is the list's documents and
   * the newcomer, the subject the list's listing with its stored second-round words. The
   * newcomer's Meilisearch evidence (search, hits) and market evidence come from the other
   * direction, where it was the listing and this one a candidate. Text features are relative to
   * this pool's best, as they were to the full pool's best when the list was computed.
   */
  scoreNewcomer<T extends OutcomeDocument | DemandDocument>(
    direction: 'outcomes' | 'demands',
    listing: DemandDocument | OutcomeDocument,
    feedbackWords: string[],
    stored: { doc: T; features: FeatureVector }[],
    newcomer: { doc: T; search: number; hits: number; feedback: number; responsiveness?: number },
    model: RankerModel = FITTED_MODEL,
  ): Ranked<T> {
    const now = Math.floor(Date.now() / 1000);
    const outcomes = direction === 'outcomes';
    const demand = listing as DemandDocument;
    const outcome = listing as OutcomeDocument;
    const subject = outcomes
      ? this.subjectOf(demand.title, demand.description, demand.keywords, 'outcomes')
      : this.subjectOf(outcome.title, outcome.abstract, outcome.keywords, 'demands');
    subject.feedbackWords = feedbackWords;
    const entry = (doc: T, search: number, hits: number, feedback: number, responsiveness = 0): PoolEntry<T> => ({
      doc,
      search,
      hits,
      feedback,
      responsiveness,
      text: outcomes ? outcomeText(doc as OutcomeDocument) : demandText(doc as DemandDocument),
      facts: outcomes ? outcomeFacts(demand, doc as OutcomeDocument, now) : demandFacts(outcome, doc as DemandDocument, now),
    });
    const pool = [
      ...stored.map((s) => entry(s.doc, s.features.search, s.features.hits, s.features.feedback, s.features.responsiveness ?? 0)),
      entry(newcomer.doc, newcomer.search, newcomer.hits, newcomer.feedback, newcomer.responsiveness),
    ];
    return rank(subject, pool, direction, model).find((r) => r.doc.id === newcomer.doc.id)!;
  }

  async outcomePool(demand: DemandInput, options: Omit<MatchOptions, 'limit'>): Promise<MatchPool<OutcomeDocument>> {
    const subject = this.subjectOf(demand.title, demand.description, demand.keywords, 'outcomes');
    const accepted = demand.cooperationModes ?? [];
    const now = Math.floor(Date.now() / 1000);
    const query: Omit<CandidateQuery, 'planned'> = {
      index: 'outcomes',
      modes: { attribute: 'transferModes', accepted },
      excludeOrganizationId: options.excludeOrganizationId,
    };
    const candidates = await this.twoRounds<OutcomeDocument>(subject, query, (d) => ({
      title: d.title,
      keywords: d.keywords ?? [],
      body: d.abstract ?? '',
    }));
    return {
      subject,
      pool: await this.withFeedback(
        'demand',
        demand,
        candidates.map((c) => ({ ...c, text: outcomeText(c.doc), facts: outcomeFacts(demand, c.doc, now) })),
      ),
    };
  }

  async demandPool(outcome: OutcomeInput, options: Omit<MatchOptions, 'limit'>): Promise<MatchPool<DemandDocument>> {
    const subject = this.subjectOf(outcome.title, outcome.abstract, outcome.keywords, 'demands');
    const accepted = outcome.transferModes ?? [];
    const now = Math.floor(Date.now() / 1000);
    const query: Omit<CandidateQuery, 'planned'> = {
      index: 'demands',
      modes: { attribute: 'cooperationModes', accepted },
      excludeOrganizationId: options.excludeOrganizationId,
      // A demand whose deadline has passed no longer looks for solutions.
      require: filter.or(filter.isNull('deadline'), filter.gte('deadline', now)),
    };
    const candidates = await this.twoRounds<DemandDocument>(subject, query, (d) => ({
      title: d.title,
      keywords: d.keywords ?? [],
      body: d.description ?? '',
    }));
    return {
      subject,
      pool: await this.withFeedback(
        'outcome',
        outcome,
        candidates.map((c) => ({ ...c, text: demandText(c.doc), facts: demandFacts(outcome, c.doc, now) })),
      ),
    };
  }

  /**
   * The first round: the listing's own queries. The second: the distinctive words of the first
   * round's three best candidates by plain BM25F (`feedbackWords` on the subject).
   */
  private async twoRounds<T extends { id: string }>(
    subject: SubjectText,
    query: Omit<CandidateQuery, 'planned'>,
    textOf: (doc: T) => { title: string; keywords: string[]; body: string },
  ): Promise<Candidate<T>[]> {
    const planned = planQueries({ ...subject, expansionTerms: expansionTerms(subject.expansions) });
    const first = await this.candidates.pool<T>({ ...query, planned });
    if (first.length === 0) return first;
    const texts = first.map((c) => textOf(c.doc));
    const index = new PoolIndex(texts);
    const join = (t: { title: string; keywords: string[]; body: string }) => [t.title, t.keywords.join('，'), t.body].join('\n');
    const terms = new Map([...termCounts(join(subject)).keys()].map((t) => [t, 1]));
    const order = texts.map((_, i) => ({ i, s: index.bm25f(i, terms, FIRST_ROUND_FIELDS).score })).sort((a, b) => b.s - a.s);
    const subjectText = [subject.title, subject.keywords.join('，'), subject.body, ...expansionTerms(subject.expansions)].join('\n');
    const fb = feedbackWords(
      subjectText,
      order.slice(0, 3).map((o) => join(texts[o.i])),
      texts.map(join),
    );
    subject.feedbackWords = fb;
    if (fb.length === 0) return first;
    const second: PlannedQuery[] = fb.map((w) => ({ q: w, kind: 'feedback', strategy: 'all' }));
    const more = await this.candidates.pool<T>({
      ...query,
      planned: second,
      modes: { ...query.modes, accepted: [] },
      hitsPerQuery: FEEDBACK_HITS,
    });
    const merged = new Map(first.map((c) => [c.doc.id, c]));
    for (const c of more) {
      const seen = merged.get(c.doc.id);
      if (seen) {
        seen.hits += c.hits;
        seen.search = Math.max(seen.search, c.search);
      } else merged.set(c.doc.id, c);
    }
    return [...merged.values()];
  }
}

export interface RankedList<T> {
  ranked: Ranked<T>[];
  feedbackWords: string[];
}

const outcomeText = (d: OutcomeDocument) => ({ title: d.title, keywords: d.keywords ?? [], body: d.abstract ?? '' });
const demandText = (d: DemandDocument) => ({ title: d.title, keywords: d.keywords ?? [], body: d.description ?? '' });

function outcomeFacts(demand: DemandInput, c: OutcomeDocument, now: number): PairFacts {
  return {
    subjectField: demand.field,
    candidateField: c.field,
    subjectModes: demand.cooperationModes ?? [],
    candidateModes: c.transferModes ?? [],
    budgetMaxFen: demand.budgetMaxFen,
    askingPriceFen: c.askingPriceFen,
    trl: c.trl,
    candidatePublishedAt: c.publishedAt,
    now,
  };
}

function demandFacts(outcome: OutcomeInput, c: DemandDocument, now: number): PairFacts {
  return {
    subjectField: outcome.field,
    candidateField: c.field,
    subjectModes: outcome.transferModes ?? [],
    candidateModes: c.cooperationModes ?? [],
    budgetMaxFen: c.budgetMaxFen,
    askingPriceFen: outcome.askingPriceFen,
    trl: outcome.trl,
    candidatePublishedAt: c.publishedAt,
    now,
  };
}

export function subjectOf(title: string, body: string, keywords: string[], bridges?: Bridge[]): SubjectText {
  const all = [title, keywords.join('，'), body].join('\n');
  return { title, body, keywords, expansions: expand(all, bridges) };
}

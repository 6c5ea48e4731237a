import { Injectable } from '@nestjs/common';
import { filter, type DemandDocument, type OutcomeDocument } from '@app/search';
import { CandidateSearch } from './candidate-search.js';
import { expand, expansionTerms } from './expansion.js';
import type { DemandInput, DemandMatch, MatchOptions, OutcomeInput, OutcomeMatch } from './matching.types.js';
import { planQueries } from './query-plan.js';
import { rank, type SubjectText } from './ranker.js';

/**
 * Two-way matching: outcomes for a demand, demands for an outcome. Candidates come from
 * Meilisearch through several focused queries; the project's own scoring orders them.
 */
@Injectable()
export class MatchingService {
  constructor(private readonly candidates: CandidateSearch) {}

  async outcomesForDemand(demand: DemandInput, options: MatchOptions): Promise<OutcomeMatch[]> {
    const subject = subjectOf(demand.title, demand.description, demand.keywords);
    const accepted = demand.cooperationModes ?? [];
    const pool = await this.candidates.pool<OutcomeDocument>({
      index: 'outcomes',
      planned: planQueries({ ...subject, expansionTerms: expansionTerms(subject.expansions) }),
      modes: { attribute: 'transferModes', accepted },
      excludeOrganizationId: options.excludeOrganizationId,
    });
    const now = Math.floor(Date.now() / 1000);
    const ranked = rank(
      subject,
      pool.map((c) => ({
        ...c,
        text: { title: c.doc.title, keywords: c.doc.keywords ?? [], body: c.doc.abstract ?? '' },
        facts: {
          subjectField: demand.field,
          candidateField: c.doc.field,
          subjectModes: accepted,
          candidateModes: c.doc.transferModes ?? [],
          budgetMaxFen: demand.budgetMaxFen,
          askingPriceFen: c.doc.askingPriceFen,
          trl: c.doc.trl,
          candidatePublishedAt: c.doc.publishedAt,
          now,
        },
      })),
      'outcomes',
    );
    return ranked.slice(0, options.limit).map((r) => ({ outcome: r.doc, score: r.score, reasons: r.reasons }));
  }

  async demandsForOutcome(outcome: OutcomeInput, options: MatchOptions): Promise<DemandMatch[]> {
    const subject = subjectOf(outcome.title, outcome.abstract, outcome.keywords);
    const accepted = outcome.transferModes ?? [];
    const now = Math.floor(Date.now() / 1000);
    const pool = await this.candidates.pool<DemandDocument>({
      index: 'demands',
      planned: planQueries({ ...subject, expansionTerms: expansionTerms(subject.expansions) }),
      modes: { attribute: 'cooperationModes', accepted },
      excludeOrganizationId: options.excludeOrganizationId,
      // A demand whose deadline has passed no longer looks for solutions.
      require: filter.or(filter.isNull('deadline'), filter.gte('deadline', now)),
    });
    const ranked = rank(
      subject,
      pool.map((c) => ({
        ...c,
        text: { title: c.doc.title, keywords: c.doc.keywords ?? [], body: c.doc.description ?? '' },
        facts: {
          subjectField: outcome.field,
          candidateField: c.doc.field,
          subjectModes: accepted,
          candidateModes: c.doc.cooperationModes ?? [],
          budgetMaxFen: c.doc.budgetMaxFen,
          askingPriceFen: outcome.askingPriceFen,
          trl: outcome.trl,
          candidatePublishedAt: c.doc.publishedAt,
          now,
        },
      })),
      'demands',
    );
    return ranked.slice(0, options.limit).map((r) => ({ demand: r.doc, score: r.score, reasons: r.reasons }));
  }
}

function subjectOf(title: string, body: string, keywords: string[]): SubjectText {
  const all = [title, keywords.join('，'), body].join('\n');
  return { title, body, keywords, expansions: expand(all) };
}

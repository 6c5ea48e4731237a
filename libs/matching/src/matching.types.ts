import type { DemandDocument, OutcomeDocument } from '@app/search';

/** A demand to find outcomes for: a published listing, or any draft with at least a title. */
export type DemandInput = Pick<DemandDocument, 'title' | 'description' | 'keywords'> &
  Partial<Pick<DemandDocument, 'id' | 'field' | 'cooperationModes' | 'budgetMaxFen' | 'organizationId'>>;

/** An outcome to find demands for. */
export type OutcomeInput = Pick<OutcomeDocument, 'title' | 'abstract' | 'keywords'> &
  Partial<Pick<OutcomeDocument, 'id' | 'field' | 'transferModes' | 'askingPriceFen' | 'trl' | 'organizationId'>>;

export interface MatchOptions {
  /** How many matches to return (1–50). */
  limit: number;
  /** Leave out the listings of this organization (usually the asker's own). */
  excludeOrganizationId?: string;
}

export interface OutcomeMatch {
  outcome: OutcomeDocument;
  score: number;
  reasons: string[];
}

export interface DemandMatch {
  demand: DemandDocument;
  score: number;
  reasons: string[];
}

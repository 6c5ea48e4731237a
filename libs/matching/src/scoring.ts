/**
 * The structured facts of a (listing, candidate) pair and their features: field agreement,
 * cooperation modes, price against budget, maturity and recency.
 */
import type { CooperationMode, Field } from '@app/common';

export interface PairFacts {
  subjectField?: Field | null;
  candidateField?: Field | null;
  subjectModes: readonly CooperationMode[];
  candidateModes: readonly CooperationMode[];
  budgetMaxFen?: number | null;
  askingPriceFen?: number | null;
  /** The outcome's TRL (either side of the pair). */
  trl?: number | null;
  /** When the candidate was published, epoch seconds. */
  candidatePublishedAt?: number | null;
  now: number;
}

const YEAR_SECONDS = 365 * 24 * 3600;

export function commonModes(facts: Pick<PairFacts, 'subjectModes' | 'candidateModes'>): CooperationMode[] {
  return facts.subjectModes.filter((m) => facts.candidateModes.includes(m));
}

export type PriceFit = 'within' | 'over' | 'unknown';

export function priceFit(budgetMaxFen?: number | null, askingPriceFen?: number | null): PriceFit {
  if (budgetMaxFen == null || askingPriceFen == null) return 'unknown';
  return askingPriceFen <= budgetMaxFen ? 'within' : 'over';
}

/** The structured features of a pair, each in 0–1 (0.5 when a side leaves it open). */
export function pairFeatures(facts: PairFacts): { field: number; modes: number; price: number; maturity: number; recency: number } {
  const fit = priceFit(facts.budgetMaxFen, facts.askingPriceFen);
  const modesKnown = facts.subjectModes.length > 0 && facts.candidateModes.length > 0;
  return {
    field: facts.subjectField && facts.candidateField ? (facts.subjectField === facts.candidateField ? 1 : 0) : 0.5,
    modes: !modesKnown ? 0.5 : commonModes(facts).length > 0 ? 1 : 0,
    price: fit === 'within' ? 1 : fit === 'unknown' ? 0.5 : 0,
    maturity: facts.trl == null ? 0.5 : (facts.trl - 1) / 8,
    recency: recency(facts.candidatePublishedAt, facts.now),
  };
}

/** 1 when published now, halving each year. */
function recency(publishedAt: number | null | undefined, now: number): number {
  if (publishedAt == null) return 0.5;
  const age = Math.max(0, now - publishedAt);
  return Math.pow(0.5, age / YEAR_SECONDS);
}

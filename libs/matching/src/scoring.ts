/**
 * The project's own ranking of one candidate for a listing: text relevance dominates (a strong
 * text match with another cooperation mode still ranks, lower down); field, modes, price,
 * maturity and recency order candidates of similar relevance.
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

export interface MatchFeatures {
  /** BM25 of the candidate for the listing's text, relative to the best candidate: 0–1. */
  text: number;
  /** Best Meilisearch ranking score among the candidate queries that found it: 0–1. */
  search: number;
  /** Share of the candidate queries that found it, relative to the most found candidate: 0–1. */
  coverage: number;
  field: number;
  modes: number;
  price: number;
  maturity: number;
  recency: number;
}

export const WEIGHTS: Record<keyof MatchFeatures, number> = {
  text: 0.64,
  search: 0.08,
  coverage: 0.06,
  field: 0.05,
  modes: 0.06,
  price: 0.04,
  maturity: 0.04,
  recency: 0.03,
};

const YEAR_SECONDS = 365 * 24 * 3600;

export function commonModes(facts: Pick<PairFacts, 'subjectModes' | 'candidateModes'>): CooperationMode[] {
  return facts.subjectModes.filter((m) => facts.candidateModes.includes(m));
}

export type PriceFit = 'within' | 'over' | 'unknown';

export function priceFit(budgetMaxFen?: number | null, askingPriceFen?: number | null): PriceFit {
  if (budgetMaxFen == null || askingPriceFen == null) return 'unknown';
  return askingPriceFen <= budgetMaxFen ? 'within' : 'over';
}

export function pairFeatures(facts: PairFacts): Omit<MatchFeatures, 'text' | 'search' | 'coverage'> {
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

export function combine(features: MatchFeatures): number {
  let score = 0;
  for (const key of Object.keys(WEIGHTS) as (keyof MatchFeatures)[]) score += WEIGHTS[key] * clamp01(features[key]);
  return Math.round(score * 10000) / 10000;
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

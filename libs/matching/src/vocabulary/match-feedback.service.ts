import { Injectable } from '@nestjs/common';
import { type DeclineReason } from './match-feedback.entity.js';
import { type EvidenceRow, MatchFeedbackRepository } from './match-feedback.repository.js';

/** What one piece of evidence weighs in the pair's `feedback` feature (clamped to −1…1). */
export const FEEDBACK_VALUES = {
  deal: 1,
  accepted: 0.5,
  declined: { not_relevant: -1, price: -0.3, maturity: -0.3, timing: -0.2, other: -0.3 },
};

export function feedbackValue(rows: Pick<EvidenceRow, 'signal' | 'reason'>[]): number {
  let value = 0;
  for (const row of rows) {
    if (row.signal === 'declined') value += FEEDBACK_VALUES.declined[row.reason ?? 'other'];
    else value += FEEDBACK_VALUES[row.signal];
  }
  return Math.max(-1, Math.min(1, value));
}

/** A listing and a counterpart organization that evidence is about. */
export interface FeedbackPair {
  kind: 'demand' | 'outcome';
  id: string;
  organizationId: string;
}

export abstract class MatchFeedbackSource {
  /** The `feedback` feature of each candidate (by id), for a listing of an organization. */
  abstract forPool(
    subject: { kind: 'demand' | 'outcome'; id: string; organizationId: string },
    candidates: { id: string; organizationId: string }[],
  ): Promise<Map<string, number>>;
}

/**
 * Market evidence about pairs: accepted inquiries and recorded deals (synced from the market's
 * records by the worker), declines with a reason (recorded by whoever handles declines).
 */
@Injectable()
export class MatchFeedbackService extends MatchFeedbackSource {
  constructor(private readonly repository: MatchFeedbackRepository) {
    super();
  }

  async forPool(
    subject: { kind: 'demand' | 'outcome'; id: string; organizationId: string },
    candidates: { id: string; organizationId: string }[],
  ): Promise<Map<string, number>> {
    const candidateKind = subject.kind === 'demand' ? 'outcome' : 'demand';
    const rows = await this.repository.between(subject, candidateKind, candidates);
    const out = new Map<string, number>();
    for (const c of candidates) {
      const mine = rows.filter(
        (r) =>
          (r.listingKind === subject.kind && r.listingId === subject.id && r.counterpartOrganizationId === c.organizationId) ||
          (r.listingKind === candidateKind && r.listingId === c.id && r.counterpartOrganizationId === subject.organizationId),
      );
      if (mine.length > 0) out.set(c.id, feedbackValue(mine));
    }
    return out;
  }

  /** A contact about a listing declined, with its reason; `source` names the event (e.g. `inquiry:<id>`), once. */
  recordDecline(input: {
    listingKind: 'demand' | 'outcome';
    listingId: string;
    counterpartOrganizationId: string;
    reason: DeclineReason;
    source: string;
  }) {
    return this.repository.record({ ...input, signal: 'declined' });
  }

  private readonly listeners: ((pairs: FeedbackPair[]) => Promise<void>)[] = [];

  /** Told of the pairs that new evidence from the market concerns (the stored lists re-rank them). */
  onNewEvidence(listener: (pairs: FeedbackPair[]) => Promise<void>): void {
    this.listeners.push(listener);
  }

  /** Writes the market's new evidence; returns how many rows are new. */
  async syncFromMarket(): Promise<number> {
    const rows = await this.repository.syncFromMarket();
    const pairs = rows.map((r) => ({ kind: r.listingKind, id: r.listingId, organizationId: r.counterpartOrganizationId }));
    if (pairs.length > 0) for (const listener of this.listeners) await listener(pairs);
    return rows.length;
  }
}

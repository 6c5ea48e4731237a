import { Injectable } from '@nestjs/common';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import { MatchLists } from './lists/match-lists.service.js';
import type { DemandMatch, OutcomeMatch } from './matching.types.js';

/**
 * Matches for a stored listing, from its stored list (computed on the spot when it has none).
 * Only published listings are matchable: anyone else's view of an unpublished one is "not
 * found", whoever asks. The owner's own organization is left out.
 */
@Injectable()
export class ListingMatchesService {
  constructor(private readonly lists: MatchLists) {}

  async forDemand(id: string, limit: number): Promise<{ items: OutcomeMatch[]; computedAt: Date }> {
    const { items, computedAt } = await this.lists.read('demand', id, limit);
    return { items: items.map((m) => ({ outcome: m.doc as OutcomeDocument, score: m.score, reasons: m.reasons })), computedAt };
  }

  async forOutcome(id: string, limit: number): Promise<{ items: DemandMatch[]; computedAt: Date }> {
    const { items, computedAt } = await this.lists.read('outcome', id, limit);
    return { items: items.map((m) => ({ demand: m.doc as DemandDocument, score: m.score, reasons: m.reasons })), computedAt };
  }
}

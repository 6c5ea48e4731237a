import { Injectable } from '@nestjs/common';
import type { DemandDocument, OutcomeDocument } from '@app/search';
import type { Demand } from './demand.entity.js';
import { DemandsRepository } from './demands.repository.js';
import { toDemandDocument, toOutcomeDocument } from './listing-documents.js';
import { listingNotFound } from './listings.errors.js';
import type { Outcome } from './outcome.entity.js';
import { OutcomesRepository } from './outcomes.repository.js';

/**
 * Reads of published listings for other domains (matching, deals): a listing that is not
 * published does not exist for them.
 */
@Injectable()
export class ListingsService {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly outcomes: OutcomesRepository,
  ) {}

  /** The published demand with its organization loaded; LISTING_NOT_FOUND otherwise. */
  async publishedDemand(id: string): Promise<Demand> {
    const demand = await this.demands.findPublishedWithOrganization(id);
    if (!demand) throw listingNotFound('demand');
    return demand;
  }

  async publishedOutcome(id: string): Promise<Outcome> {
    const outcome = await this.outcomes.findPublishedWithOrganization(id);
    if (!outcome) throw listingNotFound('outcome');
    return outcome;
  }

  /** The published demand as the index holds it. */
  async publishedDemandDocument(id: string): Promise<DemandDocument> {
    const demand = await this.publishedDemand(id);
    return toDemandDocument(demand, demand.organization?.name ?? '');
  }

  async publishedOutcomeDocument(id: string): Promise<OutcomeDocument> {
    const outcome = await this.publishedOutcome(id);
    return toOutcomeDocument(outcome, outcome.organization?.name ?? '');
  }
}

import { Injectable } from '@nestjs/common';
import { DemandsService, OutcomesService, toDemandDocument, toOutcomeDocument } from '@app/listings';
import { MatchingService } from './matching.service.js';
import type { DemandMatch, OutcomeMatch } from './matching.types.js';

/**
 * Matches for a stored listing. Only published listings are matchable: anyone else's view of an
 * unpublished one is "not found", whoever asks. The owner's own organization is left out.
 */
@Injectable()
export class ListingMatchesService {
  constructor(
    private readonly demands: DemandsService,
    private readonly outcomes: OutcomesService,
    private readonly matching: MatchingService,
  ) {}

  async forDemand(id: string, limit: number): Promise<OutcomeMatch[]> {
    const { demand } = await this.demands.get(undefined, id);
    const input = toDemandDocument(demand, '');
    return this.matching.outcomesForDemand(input, { limit, excludeOrganizationId: demand.organizationId });
  }

  async forOutcome(id: string, limit: number): Promise<DemandMatch[]> {
    const { outcome } = await this.outcomes.get(undefined, id);
    const input = toOutcomeDocument(outcome, '');
    return this.matching.demandsForOutcome(input, { limit, excludeOrganizationId: outcome.organizationId });
  }
}

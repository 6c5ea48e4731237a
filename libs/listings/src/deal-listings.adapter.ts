import { Injectable } from '@nestjs/common';
import { ValidationFailedError, type Field, type FieldProblem } from '@app/common';
import type { DealListingRefs, DealListingsPort } from '@app/deals';
import type { EntityManager } from 'typeorm';
import { DemandsRepository } from './demands.repository.js';
import { InquiriesRepository } from './inquiries.repository.js';
import { Inquiry } from './inquiry.entity.js';
import { ListingChanges } from './listing-changes.service.js';
import type { ListingKind } from './listing-kinds.js';
import { OutcomesRepository } from './outcomes.repository.js';

/**
 * What deals need from listings: referenced listings must exist and lend the deal their field;
 * once the deal is recorded they become `fulfilled` (and leave the search index). An inquiry
 * counts as a reference to the listing it is about.
 */
@Injectable()
export class DealListingsAdapter implements DealListingsPort {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly outcomes: OutcomesRepository,
    private readonly inquiries: InquiriesRepository,
    private readonly changes: ListingChanges,
  ) {}

  async resolveField(refs: DealListingRefs): Promise<Field | null> {
    const problems: FieldProblem[] = [];
    const demand = refs.demandId ? await this.demands.findById(refs.demandId) : null;
    if (refs.demandId && !demand) problems.push({ field: 'demandId', messages: ['demandId: no such demand'] });
    const outcome = refs.outcomeId ? await this.outcomes.findById(refs.outcomeId) : null;
    if (refs.outcomeId && !outcome) problems.push({ field: 'outcomeId', messages: ['outcomeId: no such outcome'] });
    const inquiry = refs.inquiryId ? await this.inquiries.findById(refs.inquiryId) : null;
    if (refs.inquiryId && !inquiry) problems.push({ field: 'inquiryId', messages: ['inquiryId: no such inquiry'] });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    const inquired = inquiry ? await this.changes.repository(inquiry.listingKind).findById(inquiry.listingId) : null;
    return demand?.field ?? outcome?.field ?? inquired?.field ?? null;
  }

  async markFulfilled(manager: EntityManager, refs: DealListingRefs): Promise<void> {
    for (const [kind, id] of await this.targets(refs, manager)) await this.changes.fulfilWithin(manager, kind, id);
  }

  async afterRecorded(refs: DealListingRefs): Promise<void> {
    for (const [kind, id] of await this.targets(refs)) await this.changes.sendPending(kind, id);
  }

  private async targets(refs: DealListingRefs, manager?: EntityManager): Promise<[ListingKind, string][]> {
    const targets: [ListingKind, string][] = [];
    if (refs.demandId) targets.push(['demand', refs.demandId]);
    if (refs.outcomeId) targets.push(['outcome', refs.outcomeId]);
    if (refs.inquiryId) {
      const inquiry = manager
        ? await manager.getRepository(Inquiry).findOneBy({ id: refs.inquiryId })
        : await this.inquiries.findById(refs.inquiryId);
      if (inquiry && !targets.some(([k, id]) => k === inquiry.listingKind && id === inquiry.listingId))
        targets.push([inquiry.listingKind, inquiry.listingId]);
    }
    // A consistent order, so that concurrent recordings lock listings without deadlocking.
    return targets.sort(([ka, a], [kb, b]) => (ka + a < kb + b ? -1 : 1));
  }
}

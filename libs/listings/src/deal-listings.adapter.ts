import { Injectable } from '@nestjs/common';
import { ValidationFailedError, type FieldProblem } from '@app/common';
import type { DealListingRefs, DealListingsPort, ResolvedListingRefs } from '@app/deals';
import type { EntityManager } from 'typeorm';
import { InquiriesRepository } from './inquiries.repository.js';
import { Inquiry } from './inquiry.entity.js';
import { ListingChanges } from './listing-changes.service.js';
import type { ListingKind } from './listing-kinds.js';
import { ListingRepositories } from './listing.repository.js';

/**
 * What deals need from listings: referenced listings must exist, lend the deal their field and
 * say whose they are; once the deal is recorded they become `fulfilled` (and leave the search
 * index), and back `published` when that deal is cancelled. An inquiry
 * counts as a reference to the listing it is about.
 */
@Injectable()
export class DealListingsAdapter implements DealListingsPort {
  constructor(
    private readonly repositories: ListingRepositories,
    private readonly inquiries: InquiriesRepository,
    private readonly changes: ListingChanges,
  ) {}

  async resolve(refs: DealListingRefs): Promise<ResolvedListingRefs> {
    const problems: FieldProblem[] = [];
    const demand = refs.demandId ? await this.repositories.of('demand').findById(refs.demandId) : null;
    if (refs.demandId && !demand) problems.push({ field: 'demandId', messages: ['demandId: no such demand'] });
    const outcome = refs.outcomeId ? await this.repositories.of('outcome').findById(refs.outcomeId) : null;
    if (refs.outcomeId && !outcome) problems.push({ field: 'outcomeId', messages: ['outcomeId: no such outcome'] });
    const inquiry = refs.inquiryId ? await this.inquiries.findById(refs.inquiryId) : null;
    if (refs.inquiryId && !inquiry) problems.push({ field: 'inquiryId', messages: ['inquiryId: no such inquiry'] });
    if (problems.length > 0) throw new ValidationFailedError(problems, problems.map((p) => p.messages[0]).join('; '));
    const inquired = inquiry ? await this.repositories.of(inquiry.listingKind).findById(inquiry.listingId) : null;
    return {
      field: demand?.field ?? outcome?.field ?? inquired?.field ?? null,
      demandOrgId: demand?.organizationId ?? null,
      outcomeOrgId: outcome?.organizationId ?? null,
      inquiryOrgIds: inquiry ? [inquiry.ownerOrganizationId, inquiry.requesterOrganizationId] : null,
      subject: outcome?.title ?? inquiry?.listingTitle ?? demand?.title ?? null,
    };
  }

  async returnToMarket(manager: EntityManager, refs: DealListingRefs, cancelledDealId: string): Promise<void> {
    for (const [kind, id] of await this.targets(refs, manager)) {
      if (!(await stillSold(manager, kind, id, cancelledDealId))) await this.changes.returnWithin(manager, kind, id);
    }
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

/** Whether a recorded deal other than `exceptDealId` references the listing, directly or through an inquiry about it. */
async function stillSold(manager: EntityManager, kind: ListingKind, id: string, exceptDealId: string): Promise<boolean> {
  const column = kind === 'demand' ? 'demand_id' : 'outcome_id';
  const rows: unknown[] = await manager.query(
    `SELECT 1 FROM deals d LEFT JOIN inquiries i ON i.id = d.inquiry_id
      WHERE d.status = 'recorded' AND d.id <> $1 AND (d.${column} = $2 OR (i.listing_kind = $3 AND i.listing_id = $2)) LIMIT 1`,
    [exceptDealId, id, kind],
  );
  return rows.length > 0;
}

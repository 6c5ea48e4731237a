import { Injectable } from '@nestjs/common';
import type { Demand } from './demand.entity.js';
import { DemandsRepository } from './demands.repository.js';
import { ListingChanges } from './listing-changes.service.js';
import type { DemandInput, OutcomeInput } from './listing-input.js';
import { contactOf, deadlineOf, fenOf, normalizeKeywords, patentNumbersOf } from './listing-input.js';
import type { Outcome } from './outcome.entity.js';
import { OutcomesRepository } from './outcomes.repository.js';

export interface ImportOwner {
  organizationId: string;
  userId: string;
}

/**
 * Listings that arrive already reviewed (demo data, migrations from an earlier platform):
 * written published, with a history row, and indexed through the same outbox as any write.
 */
@Injectable()
export class ListingImportService {
  constructor(
    private readonly changes: ListingChanges,
    private readonly demands: DemandsRepository,
    private readonly outcomes: OutcomesRepository,
  ) {}

  publishDemand(owner: ImportOwner, input: DemandInput, note: string, publishedAt = new Date()): Promise<Demand> {
    return this.changes.apply<Demand>('demand', async (manager) => {
      const demand = await this.demands.insert(manager, {
        organizationId: owner.organizationId,
        createdBy: owner.userId,
        status: 'published',
        publishedAt,
        title: input.title.trim(),
        description: input.description.trim(),
        field: input.field,
        keywords: normalizeKeywords(input.keywords),
        budgetMaxFen: fenOf('budgetMax', input.budgetMax),
        deadline: deadlineOf(input.deadline),
        region: input.region,
        cooperationModes: input.cooperationModes,
        ...contactOf(input),
      });
      return { listing: demand, from: null, actorUserId: null, reason: note };
    });
  }

  publishOutcome(owner: ImportOwner, input: OutcomeInput, note: string, publishedAt = new Date()): Promise<Outcome> {
    return this.changes.apply<Outcome>('outcome', async (manager) => {
      const outcome = await this.outcomes.insert(manager, {
        organizationId: owner.organizationId,
        createdBy: owner.userId,
        status: 'published',
        publishedAt,
        title: input.title.trim(),
        abstract: input.abstract.trim(),
        field: input.field,
        keywords: normalizeKeywords(input.keywords),
        trl: input.trl,
        ipType: input.ipType ?? null,
        patentNumbers: patentNumbersOf(input.patentNumbers),
        transferModes: input.transferModes,
        askingPriceFen: fenOf('askingPrice', input.askingPrice),
        ...contactOf(input),
      });
      return { listing: outcome, from: null, actorUserId: null, reason: note };
    });
  }
}

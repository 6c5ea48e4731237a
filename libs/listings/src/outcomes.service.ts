import { Injectable } from '@nestjs/common';
import { ForbiddenError, ValidationFailedError } from '@app/common';
import type { Principal } from '@app/accounts';
import { listingAccess, type ListingAccess } from './listing-access.js';
import { ListingChanges } from './listing-changes.service.js';
import { contactOf, fenOf, has, normalizeKeywords, patentNumbersOf, type OutcomeInput } from './listing-input.js';
import type { ListingStatus } from './listing-kinds.js';
import { listingNotFound } from './listings.errors.js';
import { Outcome } from './outcome.entity.js';
import { OutcomesRepository } from './outcomes.repository.js';

export type OutcomePatch = Partial<OutcomeInput>;

/** Institutions' outcomes: create, edit, close, read. Review lives in ListingReviewService. */
@Injectable()
export class OutcomesService {
  constructor(
    private readonly outcomes: OutcomesRepository,
    private readonly changes: ListingChanges,
  ) {}

  create(actor: Principal, input: OutcomeInput): Promise<Outcome> {
    if (actor.orgType !== 'institution') throw new ForbiddenError('Only university and institute members may publish outcomes');
    return this.changes.apply<Outcome>('outcome', async (manager) => {
      const outcome = await this.outcomes.insert(manager, {
        organizationId: actor.organizationId,
        createdBy: actor.userId,
        status: 'pending',
        patentNumbers: [],
        ...this.columns(input),
      });
      return { listing: outcome, from: null, actorUserId: actor.userId };
    });
  }

  update(actor: Principal, id: string, patch: OutcomePatch): Promise<Outcome> {
    const columns = this.columns(patch);
    if (Object.keys(columns).length === 0) throw ValidationFailedError.forField('body', 'send at least one field to change');
    return this.changes.edit<Outcome>('outcome', actor, id, (outcome) => Object.assign(outcome, columns));
  }

  close(actor: Principal, id: string): Promise<Outcome> {
    return this.changes.close<Outcome>('outcome', actor, id);
  }

  async get(viewer: Principal | undefined, id: string): Promise<{ outcome: Outcome; access: ListingAccess }> {
    const outcome = await this.outcomes.findWithOrganization(id);
    const access = outcome ? listingAccess(outcome, viewer) : undefined;
    if (!outcome || !access?.visible) throw listingNotFound('outcome');
    return { outcome, access };
  }

  listMine(actor: Principal, status: ListingStatus | undefined, page: number, limit: number): Promise<[Outcome[], number]> {
    return this.outcomes.listByOrganization(actor.organizationId, status, page, limit);
  }

  private columns(input: OutcomePatch): Partial<Outcome> {
    const out: Partial<Outcome> = {};
    if (has(input, 'title')) out.title = input.title!.trim();
    if (has(input, 'abstract')) out.abstract = input.abstract!.trim();
    if (has(input, 'field')) out.field = input.field;
    if (has(input, 'keywords')) out.keywords = normalizeKeywords(input.keywords!);
    if (has(input, 'trl')) out.trl = this.trlOf(input.trl!);
    if ('ipType' in input) out.ipType = input.ipType ?? null;
    if ('patentNumbers' in input) out.patentNumbers = patentNumbersOf(input.patentNumbers);
    if (has(input, 'transferModes')) out.transferModes = Array.from(new Set(input.transferModes));
    if ('askingPrice' in input) out.askingPriceFen = fenOf('askingPrice', input.askingPrice);
    const contact = contactOf(input);
    if ('contactName' in input) out.contactName = contact.contactName;
    if ('contactPhone' in input) out.contactPhone = contact.contactPhone;
    if ('contactEmail' in input) out.contactEmail = contact.contactEmail;
    return out;
  }

  private trlOf(trl: number): number {
    if (!Number.isInteger(trl) || trl < 1 || trl > 9) throw ValidationFailedError.forField('trl', 'trl must be an integer from 1 to 9');
    return trl;
  }
}

import { Injectable } from '@nestjs/common';
import { ForbiddenError, ValidationFailedError } from '@app/common';
import type { Principal } from '@app/accounts';
import { Demand } from './demand.entity.js';
import { DemandsRepository } from './demands.repository.js';
import { listingAccess, type ListingAccess } from './listing-access.js';
import { ListingChanges } from './listing-changes.service.js';
import { contactOf, deadlineOf, fenOf, has, normalizeKeywords, type DemandInput } from './listing-input.js';
import type { ListingStatus } from './listing-kinds.js';
import { listingNotFound } from './listings.errors.js';

export type DemandPatch = Partial<DemandInput>;

/** Enterprises' demands: create, edit, close, read. Review lives in ListingReviewService. */
@Injectable()
export class DemandsService {
  constructor(
    private readonly demands: DemandsRepository,
    private readonly changes: ListingChanges,
  ) {}

  create(actor: Principal, input: DemandInput): Promise<Demand> {
    if (actor.orgType !== 'enterprise') throw new ForbiddenError('Only enterprise members may publish demands');
    return this.changes.apply<Demand>('demand', async (manager) => {
      const demand = await this.demands.insert(manager, {
        organizationId: actor.organizationId,
        createdBy: actor.userId,
        status: 'pending',
        ...this.columns(input),
      });
      return { listing: demand, from: null, actorUserId: actor.userId };
    });
  }

  update(actor: Principal, id: string, patch: DemandPatch): Promise<Demand> {
    const columns = this.columns(patch);
    if (Object.keys(columns).length === 0) throw ValidationFailedError.forField('body', 'send at least one field to change');
    return this.changes.edit<Demand>('demand', actor, id, (demand) => Object.assign(demand, columns));
  }

  close(actor: Principal, id: string): Promise<Demand> {
    return this.changes.close<Demand>('demand', actor, id);
  }

  /** The demand with its organization, as far as the viewer may see it (404 otherwise). */
  async get(viewer: Principal | undefined, id: string): Promise<{ demand: Demand; access: ListingAccess }> {
    const demand = await this.demands.findWithOrganization(id);
    const access = demand ? listingAccess(demand, viewer) : undefined;
    if (!demand || !access?.visible) throw listingNotFound('demand');
    return { demand, access };
  }

  listMine(actor: Principal, status: ListingStatus | undefined, page: number, limit: number): Promise<[Demand[], number]> {
    return this.demands.listByOrganization(actor.organizationId, status, page, limit);
  }

  /** The columns a (partial) input sets. */
  private columns(input: DemandPatch): Partial<Demand> {
    const out: Partial<Demand> = {};
    if (has(input, 'title')) out.title = input.title!.trim();
    if (has(input, 'description')) out.description = input.description!.trim();
    if (has(input, 'field')) out.field = input.field;
    if (has(input, 'keywords')) out.keywords = normalizeKeywords(input.keywords!);
    if ('budgetMax' in input) out.budgetMaxFen = fenOf('budgetMax', input.budgetMax);
    if ('deadline' in input) out.deadline = deadlineOf(input.deadline);
    if (has(input, 'region')) out.region = input.region;
    if (has(input, 'cooperationModes')) out.cooperationModes = Array.from(new Set(input.cooperationModes));
    return { ...out, ...this.contactColumns(input) };
  }

  private contactColumns(input: DemandPatch): Partial<Demand> {
    const contact = contactOf(input);
    const out: Partial<Demand> = {};
    if ('contactName' in input) out.contactName = contact.contactName;
    if ('contactPhone' in input) out.contactPhone = contact.contactPhone;
    if ('contactEmail' in input) out.contactEmail = contact.contactEmail;
    return out;
  }
}

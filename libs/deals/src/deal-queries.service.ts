import { Injectable } from '@nestjs/common';
import { OrganizationsRepository } from '@app/accounts';
import type { Caller } from './deal-intake.service.js';
import type { Deal } from './deal.entity.js';
import { dealNotFound } from './deals.errors.js';
import { DealsRepository, type DealListFilter } from './deals.repository.js';

export interface DealView {
  deal: Deal;
  buyerName: string;
  sellerName: string;
}

/** Reading deals: the bureau sees all; a member sees the deals its organization is a party to. */
@Injectable()
export class DealQueriesService {
  constructor(
    private readonly deals: DealsRepository,
    private readonly organizations: OrganizationsRepository,
  ) {}

  /** Unknown and not-visible deals alike are DEAL_NOT_FOUND: their existence is not disclosed. */
  async get(caller: Caller, id: string): Promise<DealView> {
    const deal = await this.deals.findById(id);
    if (!deal || !canSee(caller, deal)) throw dealNotFound();
    return (await this.withNames([deal]))[0];
  }

  async list(caller: Caller, filter: Omit<DealListFilter, 'partyOrgId'>, page: number, limit: number): Promise<[DealView[], number]> {
    const partyOrgId = caller.orgType === 'bureau' ? undefined : caller.organizationId;
    const [deals, total] = await this.deals.listPage({ ...filter, partyOrgId }, page, limit);
    return [await this.withNames(deals), total];
  }

  async withNames(deals: Deal[]): Promise<DealView[]> {
    const ids = [...new Set(deals.flatMap((d) => [d.buyerOrgId, d.sellerOrgId]))];
    const names = new Map((await this.organizations.findByIds(ids)).map((o) => [o.id, o.name]));
    return deals.map((deal) => ({ deal, buyerName: names.get(deal.buyerOrgId) ?? '', sellerName: names.get(deal.sellerOrgId) ?? '' }));
  }
}

function canSee(caller: Caller, deal: Deal): boolean {
  return caller.orgType === 'bureau' || caller.organizationId === deal.buyerOrgId || caller.organizationId === deal.sellerOrgId;
}

import { Injectable } from '@nestjs/common';
import { AccountsService } from '@app/accounts';
import { AppConfig } from '@app/config';
import type { Caller } from './deal-intake.service.js';
import type { Deal, DealStatus } from './deal.entity.js';
import { DealNoticesRepository } from './deal-notices.repository.js';
import { isLargeContract } from './deal-rules.js';
import { dealNotFound } from './deals.errors.js';
import { DealsRepository, type DealListFilter } from './deals.repository.js';

export interface DealView {
  deal: Deal;
  buyerName: string;
  sellerName: string;
  /** At or above LARGE_CONTRACT_YUAN: flagged for expert review (重大技术合同). */
  large: boolean;
}

/** One stage of a deal's history: who (an organization's name, 科技局, or 系统 for the recording worker), when, why. */
export interface DealHistoryEntry {
  status: DealStatus;
  actorName: string;
  actorOrgId: string | null;
  reason: string | null;
  at: Date;
}

export interface DealNoticeSummary {
  id: string;
  startsAt: Date;
  endsAt: Date;
  running: boolean;
  openObjections: number;
}

export interface DealDetailView extends DealView {
  history: DealHistoryEntry[];
  notice: DealNoticeSummary | null;
  /** Whether the caller's organization is the party that must confirm or dispute (the one that did not declare). */
  awaitsCaller: boolean;
}

/** Reading deals: the bureau sees all; a member sees the deals its organization is a party to. */
@Injectable()
export class DealQueriesService {
  constructor(
    private readonly deals: DealsRepository,
    private readonly notices: DealNoticesRepository,
    private readonly accounts: AccountsService,
    private readonly config: AppConfig,
  ) {}

  /** Unknown and not-visible deals alike are DEAL_NOT_FOUND: their existence is not disclosed. */
  async get(caller: Caller, id: string): Promise<DealDetailView> {
    const deal = await this.deals.findById(id);
    if (!deal || !canSee(caller, deal)) throw dealNotFound();
    const [view] = await this.withNames([deal]);
    const events = await this.deals.listEvents(deal.id);
    const orgs = new Map(
      (await this.accounts.findOrganizations({ ids: [...new Set(events.flatMap((e) => (e.actorOrgId ? [e.actorOrgId] : [])))] })).map(
        (o) => [o.id, o],
      ),
    );
    const history = events.map((e) => {
      const org = e.actorOrgId ? orgs.get(e.actorOrgId) : undefined;
      const actorName = org ? (org.type === 'bureau' ? '科技局' : org.name) : e.actorUserId ? '科技局' : '系统';
      return { status: e.status, actorName, actorOrgId: e.actorOrgId, reason: e.reason, at: e.createdAt };
    });
    const notice = await this.notices.findByDealId(deal.id);
    const noticeState = notice ? await this.notices.state(this.notices.manager(), notice.id) : null;
    return {
      ...view,
      history,
      notice: notice && noticeState ? { id: notice.id, startsAt: notice.startsAt, endsAt: notice.endsAt, ...noticeState } : null,
      awaitsCaller:
        (deal.status === 'declared' || deal.status === 'disputed') &&
        caller.orgType !== 'bureau' &&
        caller.organizationId !== deal.createdByOrgId,
    };
  }

  async list(caller: Caller, filter: Omit<DealListFilter, 'partyOrgId'>, page: number, limit: number): Promise<[DealView[], number]> {
    const partyOrgId = caller.orgType === 'bureau' ? undefined : caller.organizationId;
    const [deals, total] = await this.deals.listPage({ ...filter, partyOrgId }, page, limit);
    return [await this.withNames(deals), total];
  }

  async withNames(deals: Deal[]): Promise<DealView[]> {
    const ids = [...new Set(deals.flatMap((d) => [d.buyerOrgId, d.sellerOrgId]))];
    const names = new Map((await this.accounts.findOrganizations({ ids })).map((o) => [o.id, o.name]));
    const threshold = this.config.deals.largeContractFen;
    return deals.map((deal) => ({
      deal,
      buyerName: names.get(deal.buyerOrgId) ?? '',
      sellerName: names.get(deal.sellerOrgId) ?? '',
      large: isLargeContract(deal.amountFen, threshold),
    }));
  }
}

function canSee(caller: Caller, deal: Deal): boolean {
  return caller.orgType === 'bureau' || caller.organizationId === deal.buyerOrgId || caller.organizationId === deal.sellerOrgId;
}

import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
import { AccountsService } from '@app/accounts';
import { CONTRACT_TYPE_LABELS, ForbiddenError, ValidationFailedError } from '@app/common';
import { AppConfig } from '@app/config';
import { QueueProducer } from '@app/queue';
import { DEAL_STATUS_LABELS, type Deal, type DealStatus } from './deal.entity.js';
import type { Caller } from './deal-intake.service.js';
import { DEAL_LISTINGS_PORT, type DealListingsPort } from './deal-listings.port.js';
import { DealNoticesRepository } from './deal-notices.repository.js';
import { DealNotifier } from './deal-notifier.service.js';
import { needsNotice, normalizeRegistrationNo } from './deal-rules.js';
import { dealNotFound, dealStateConflict, noticeObjectionOpen, noticeRunning, notOtherParty, registrationNoTaken } from './deals.errors.js';
import { DealsRepository } from './deals.repository.js';

const REASON_MAX = 500;

/**
 * The deal's path to the ledger: the other party confirms or disputes a declared deal; the
 * bureau registers a confirmed one (技术合同认定登记: a registration number, and the public notice
 * clear) or rejects it. Each step locks the deal row, checks the stage, moves it, appends the
 * stage event and notifies, in one transaction; a registered deal is then recorded by a worker.
 */
@Injectable()
export class DealLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly notices: DealNoticesRepository,
    private readonly accounts: AccountsService,
    private readonly notifier: DealNotifier,
    private readonly producer: QueueProducer,
    private readonly config: AppConfig,
    @Inject(DEAL_LISTINGS_PORT) private readonly listings: DealListingsPort,
  ) {}

  /** The other party agrees: `confirmed`, and the public notice opens when the deal needs one. */
  async confirm(caller: Caller, id: string): Promise<Deal> {
    // Read before the transaction: a query outside it would wait for a second pooled connection
    // while the transaction holds one, and a full pool would wait for ever.
    const plan = await this.noticePlan(id);
    await this.otherPartyStep(caller, id, 'confirmed', async (manager, deal) => {
      if (deal.status === 'confirmed') return;
      expectStatus(deal, ['declared', 'disputed'], 'confirmed');
      await this.deals.transition(manager, deal, 'confirmed', { statusReason: null, stamp: 'confirmedAt' }, actor(caller));
      const notice = plan?.needed ? await this.notices.open(manager, deal.id, plan.subject, this.config.deals.noticeDays) : null;
      await this.notifier.confirmed(manager, deal, notice);
    });
    return (await this.deals.findById(id))!;
  }

  /** The other party does not agree, and says why: `disputed` (it may still confirm later, or the bureau rejects). */
  async dispute(caller: Caller, id: string, reason: unknown): Promise<Deal> {
    const why = checkReason(reason);
    await this.otherPartyStep(caller, id, 'disputed', async (manager, deal) => {
      if (deal.status === 'disputed' && deal.statusReason === why) return;
      expectStatus(deal, ['declared', 'disputed'], 'disputed');
      await this.deals.transition(manager, deal, 'disputed', { statusReason: why }, { ...actor(caller), reason: why });
      await this.notifier.disputed(manager, deal, why);
    });
    return (await this.deals.findById(id))!;
  }

  /** 认定登记 by the bureau: a confirmed deal, its notice over and clear, a registration number no live deal holds. */
  async register(caller: Caller, id: string, registrationNo: unknown): Promise<Deal> {
    const number = typeof registrationNo === 'string' ? normalizeRegistrationNo(registrationNo) : null;
    if (!number) {
      throw ValidationFailedError.forField(
        'registrationNo',
        'registrationNo must be a technology contract registration number: year, 6-digit region code, 8–10 digit serial',
      );
    }
    let moved = false;
    try {
      await this.dataSource.transaction(async (manager) => {
        const deal = await this.deals.lockById(manager, id);
        if (!deal) throw dealNotFound();
        if ((deal.status === 'registered' || deal.status === 'recorded') && deal.registrationNo === number) return;
        expectStatus(deal, ['confirmed'], 'registered');
        await this.checkNotice(manager, deal);
        if (await this.deals.registrationNoTaken(number, deal.id, manager)) throw registrationNoTaken(number);
        await this.deals.transition(
          manager,
          deal,
          'registered',
          { registrationNo: number, registeredByUserId: caller.userId, stamp: 'registeredAt' },
          actor(caller),
        );
        await this.notifier.registered(manager, deal, number);
        moved = true;
      });
    } catch (error) {
      // Two registrations racing for one number: the partial unique index refuses the second.
      if (isUniqueViolation(error)) throw registrationNoTaken(number);
      throw error;
    }
    if (moved) await this.producer.enqueue('deals.deal.record', { dealId: id }, { jobId: id });
    return (await this.deals.findById(id))!;
  }

  /** The bureau refuses to register, and says why: `rejected`. */
  async reject(caller: Caller, id: string, reason: unknown): Promise<Deal> {
    const why = checkReason(reason);
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.lockById(manager, id);
      if (!deal) throw dealNotFound();
      if (deal.status === 'rejected') return;
      expectStatus(deal, ['declared', 'confirmed', 'disputed'], 'rejected');
      await this.deals.transition(manager, deal, 'rejected', { statusReason: why, stamp: 'rejectedAt' }, { ...actor(caller), reason: why });
      await this.notifier.rejected(manager, deal, why);
    });
    return (await this.deals.findById(id))!;
  }

  /** Confirming and disputing: a member of a verified organization that is the party that did not declare. */
  private async otherPartyStep(
    caller: Caller,
    id: string,
    _to: DealStatus,
    step: (manager: EntityManager, deal: Deal) => Promise<void>,
  ): Promise<void> {
    const [own] = await this.accounts.findOrganizations({ ids: [caller.organizationId] });
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.lockById(manager, id);
      const party = deal && (caller.organizationId === deal.buyerOrgId || caller.organizationId === deal.sellerOrgId);
      if (!deal || !party) throw dealNotFound();
      if (caller.organizationId === deal.createdByOrgId) throw notOtherParty();
      if (!own?.verified)
        throw new ForbiddenError('Your organization must be verified by the bureau first (单位通过科技局认证后方可确认合同)');
      await step(manager, deal);
    });
  }

  /**
   * Whether confirming the deal opens a public notice, and its subject: from the deal as
   * declared (its seller, pricing and listings do not change on the way), null when no such deal.
   */
  private async noticePlan(id: string): Promise<{ needed: boolean; subject: string } | null> {
    const deal = await this.deals.findById(id);
    if (!deal) return null;
    const [seller] = await this.accounts.findOrganizations({ ids: [deal.sellerOrgId] });
    const needed = needsNotice(seller?.type ?? '', deal.pricing);
    return { needed, subject: needed ? await this.subject(deal) : '' };
  }

  private async subject(deal: Deal): Promise<string> {
    const refs = { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId };
    const fromListing = refs.demandId || refs.outcomeId || refs.inquiryId ? (await this.listings.resolve(refs)).subject : null;
    return deal.title ?? fromListing ?? `${CONTRACT_TYPE_LABELS[deal.contractType]}合同`;
  }

  /** Refuses while the deal's notice runs or an objection is open; the notice row is locked against new objections. */
  private async checkNotice(manager: EntityManager, deal: Deal): Promise<void> {
    const notice = await this.notices.lockByDealId(manager, deal.id);
    if (!notice) return;
    const state = await this.notices.state(manager, notice.id);
    if (state.running) throw noticeRunning(notice.endsAt);
    if (state.openObjections > 0) throw noticeObjectionOpen(state.openObjections);
  }
}

const actor = (caller: Caller) => ({ userId: caller.userId, orgId: caller.organizationId });

function expectStatus(deal: Deal, allowed: DealStatus[], to: DealStatus): void {
  if (!allowed.includes(deal.status)) throw dealStateConflict(deal.status, DEAL_STATUS_LABELS[deal.status], to);
}

function checkReason(value: unknown): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text.length === 0) throw ValidationFailedError.forField('reason', 'reason is required (请说明原因)');
  if (text.length > REASON_MAX) throw ValidationFailedError.forField('reason', `reason must be at most ${REASON_MAX} characters`);
  return text;
}

function isUniqueViolation(error: unknown): boolean {
  return error instanceof QueryFailedError && (error.driverError as { code?: string })?.code === '23505';
}

import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Deal } from './deal.entity.js';
import type { Caller } from './deal-intake.service.js';
import { DEAL_CANCELLATION_HOOK, type DealCancellationHook } from './deal-cancellation.port.js';
import { DEAL_LISTINGS_PORT, type DealListingRefs, type DealListingsPort } from './deal-listings.port.js';
import { DealNotifier } from './deal-notifier.service.js';
import { dealNotFound } from './deals.errors.js';
import { DealsRepository } from './deals.repository.js';
import { DealRecordingService, ledgerEntry } from './deal-recording.service.js';
import { LedgerRepository } from './ledger.repository.js';

/**
 * Cancelling a deal (bureau). A recorded deal gets a reversing `cancel` entry (−amounts), the
 * aggregates reduced, its listings back on the market when no other recorded deal references
 * them; the original entry stays. A deal still `registered` is recorded and reversed in the same
 * transaction, so the ledger shows both steps and the worker's later job finds nothing to do. A
 * deal not yet registered never reached the ledger and is only marked. Either way the deal is
 * `cancelled` and its registration number is free again; cancelling again changes nothing.
 */
@Injectable()
export class DealCancellationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly ledger: LedgerRepository,
    private readonly recording: DealRecordingService,
    private readonly notifier: DealNotifier,
    @Inject(DEAL_LISTINGS_PORT) private readonly listings: DealListingsPort,
    @Optional() @Inject(DEAL_CANCELLATION_HOOK) private readonly hook?: DealCancellationHook,
  ) {}

  async cancel(caller: Caller, dealId: string, reason: string | null): Promise<Deal> {
    const returned = await this.dataSource.transaction(async (manager): Promise<DealListingRefs | null> => {
      const deal = await this.deals.lockById(manager, dealId);
      if (!deal) throw dealNotFound();
      if (deal.status === 'cancelled') return null;
      const inLedger = deal.status === 'registered' || deal.status === 'recorded';
      if (deal.status === 'registered') await this.recording.writeRecord(manager, deal);
      if (inLedger) await this.ledger.append(manager, ledgerEntry(deal, 'cancel'));
      await this.deals.markCancelled(manager, deal.id, { userId: caller.userId, orgId: caller.organizationId }, reason);
      await this.hook?.onCancelled(manager, deal.id, caller.userId);
      await this.notifier.cancelled(manager, deal, reason);
      const refs = { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId };
      if (!inLedger || (refs.demandId === null && refs.outcomeId === null && refs.inquiryId === null)) return null;
      await this.listings.returnToMarket(manager, refs, deal.id);
      return refs;
    });
    if (returned) await this.listings.afterRecorded(returned);
    return (await this.deals.findById(dealId))!;
  }
}

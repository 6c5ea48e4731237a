import { Inject, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Deal } from './deal.entity.js';
import { DEAL_LISTINGS_PORT, type DealListingsPort } from './deal-listings.port.js';
import { DealsRepository } from './deals.repository.js';
import { LedgerRepository, type NewLedgerEntry } from './ledger.repository.js';
import { MilestonesService } from './milestones.service.js';

export type RecordOutcome = 'recorded' | 'already_done' | 'missing';

/**
 * Recording a registered deal into the ledger, exactly once: in one transaction the deal row is
 * locked, the `record` entry appended (unique per deal and kind), the aggregates updated, the
 * referenced listings fulfilled and the deal marked `recorded`. A replay finds the deal no
 * longer registered, or the entry already there. Deals that are not registered are never recorded.
 */
@Injectable()
export class DealRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly ledger: LedgerRepository,
    private readonly milestones: MilestonesService,
    @Inject(DEAL_LISTINGS_PORT) private readonly listings: DealListingsPort,
  ) {}

  async record(dealId: string): Promise<RecordOutcome> {
    const result = await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.lockById(manager, dealId);
      if (!deal) return { outcome: 'missing' as const };
      if (deal.status !== 'registered') return { outcome: 'already_done' as const };
      await this.writeRecord(manager, deal);
      return {
        outcome: 'recorded' as const,
        year: deal.year,
        refs: { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId },
      };
    });
    if (result.outcome === 'recorded') {
      await this.milestones.evaluate(result.year);
      await this.listings.afterRecorded(result.refs);
    }
    return result.outcome;
  }

  /**
   * Records several deals (of one import) in one transaction, with the same guarantees as
   * `record`: the registered ones are locked, their entries appended (unique per deal and kind),
   * the aggregates updated and the deals marked recorded together, in one statement; deals in
   * any other stage, and unknown ids, are left alone. Fewer, larger transactions: see bench/deal-recording.ts.
   */
  async recordMany(dealIds: string[]): Promise<{ recorded: number; skipped: number }> {
    const batch = await this.dataSource.transaction(async (manager) => {
      const recorded = await this.ledger.recordRegistered(manager, dealIds);
      for (const refs of recorded.refs) await this.listings.markFulfilled(manager, refs);
      return recorded;
    });
    for (const year of batch.years) await this.milestones.evaluate(year);
    for (const refs of batch.refs) await this.listings.afterRecorded(refs);
    return { recorded: batch.recorded, skipped: dealIds.length - batch.recorded };
  }

  /** Appends the record entry and marks the deal recorded; the deal row must be locked by the caller. */
  async writeRecord(manager: EntityManager, deal: Deal): Promise<void> {
    await this.ledger.append(manager, ledgerEntry(deal, 'record'));
    await this.listings.markFulfilled(manager, { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId });
    await this.deals.markRecorded(manager, deal.id);
  }
}

export function ledgerEntry(deal: Deal, kind: 'record' | 'cancel'): NewLedgerEntry {
  const sign = kind === 'record' ? 1n : -1n;
  return {
    dealId: deal.id,
    kind,
    amountFen: (BigInt(deal.amountFen) * sign).toString(),
    technologyAmountFen: (BigInt(deal.technologyAmountFen) * sign).toString(),
    year: deal.year,
    month: deal.month,
    field: deal.field,
    contractType: deal.contractType,
    region: deal.region,
    sellerOrgId: deal.sellerOrgId,
  };
}

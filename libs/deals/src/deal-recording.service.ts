import { Inject, Injectable, Optional } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Deal } from './deal.entity.js';
import { DEAL_LISTINGS_PORT, type DealListingsPort } from './deal-listings.port.js';
import { DealsRepository } from './deals.repository.js';
import { LedgerRepository, type NewLedgerEntry } from './ledger.repository.js';
import { MilestonesService } from './milestones.service.js';

export type RecordOutcome = 'recorded' | 'already_done' | 'missing';

/**
 * Recording a deal into the ledger, exactly once: in one transaction the deal row is locked,
 * the `record` entry appended (unique per deal and kind), the aggregates updated and the deal
 * marked `recorded`. A replay finds the deal no longer pending, or the entry already there.
 */
@Injectable()
export class DealRecordingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly ledger: LedgerRepository,
    private readonly milestones: MilestonesService,
    @Optional() @Inject(DEAL_LISTINGS_PORT) private readonly listings?: DealListingsPort,
  ) {}

  async record(dealId: string): Promise<RecordOutcome> {
    const result = await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.lockById(manager, dealId);
      if (!deal) return { outcome: 'missing' as const };
      if (deal.status !== 'pending') return { outcome: 'already_done' as const };
      await this.writeRecord(manager, deal);
      return {
        outcome: 'recorded' as const,
        year: deal.year,
        refs: { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId },
      };
    });
    if (result.outcome === 'recorded') {
      await this.milestones.evaluate(result.year);
      await this.listings?.afterRecorded(result.refs);
    }
    return result.outcome;
  }

  /** Appends the record entry and marks the deal recorded; the deal row must be locked by the caller. */
  async writeRecord(manager: EntityManager, deal: Deal): Promise<void> {
    await this.ledger.append(manager, ledgerEntry(deal, 'record'));
    if (this.listings) {
      await this.listings.markFulfilled(manager, { demandId: deal.demandId, outcomeId: deal.outcomeId, inquiryId: deal.inquiryId });
    }
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

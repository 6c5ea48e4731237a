import { Injectable } from '@nestjs/common';
import { LedgerRepository, type AggregateDifference, type DealDifference, type RollupDifference } from './ledger.repository.js';

export interface LedgerCheckReport {
  clean: boolean;
  aggregates: AggregateDifference[];
  /** The dashboard's rollup rows that differ from the ledger. */
  rollups: RollupDifference[];
  deals: DealDifference[];
}

/** `ledger:check` and `ledger:rebuild`: aggregates and rollup against the ledger, the ledger against the deals. */
@Injectable()
export class LedgerIntegrityService {
  constructor(private readonly ledger: LedgerRepository) {}

  async check(): Promise<LedgerCheckReport> {
    const [aggregates, rollups, deals] = await Promise.all([
      this.ledger.aggregateDifferences(),
      this.ledger.rollupDifferences(),
      this.ledger.dealDifferences(),
    ]);
    return { clean: aggregates.length === 0 && rollups.length === 0 && deals.length === 0, aggregates, rollups, deals };
  }

  /** `onProgress` hears how many of the ledger's entries have been summed so far. */
  rebuild(onProgress?: (progress: { done: number; total: number }) => void): Promise<{ rows: number }> {
    return this.ledger.rebuildAggregates(onProgress);
  }
}

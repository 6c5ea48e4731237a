import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Deal } from './deal.entity.js';
import { dealNotFound } from './deals.errors.js';
import { DealsRepository } from './deals.repository.js';
import { DealRecordingService, ledgerEntry } from './deal-recording.service.js';
import { LedgerRepository } from './ledger.repository.js';

/**
 * Cancelling a deal (bureau): a reversing `cancel` entry (−amounts), the aggregates reduced, the
 * deal `cancelled`; the original entry stays. Cancelling again changes nothing and answers the
 * same cancelled deal. A deal still `pending` is recorded and reversed in the same transaction,
 * so the ledger shows both steps and the worker's later job finds nothing to do.
 */
@Injectable()
export class DealCancellationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly deals: DealsRepository,
    private readonly ledger: LedgerRepository,
    private readonly recording: DealRecordingService,
  ) {}

  async cancel(dealId: string, userId: string, reason: string | null): Promise<Deal> {
    await this.dataSource.transaction(async (manager) => {
      const deal = await this.deals.lockById(manager, dealId);
      if (!deal) throw dealNotFound();
      if (deal.status === 'cancelled') return;
      if (deal.status === 'pending') await this.recording.writeRecord(manager, deal);
      await this.ledger.append(manager, ledgerEntry(deal, 'cancel'));
      await this.deals.markCancelled(manager, deal.id, userId, reason);
    });
    return (await this.deals.findById(dealId))!;
  }
}

import type { EntityManager } from 'typeorm';

/**
 * What else a cancellation undoes, in the cancellation's own transaction: innovation-voucher
 * redemptions on the deal are given back (libs/vouchers provides it through a global module).
 * Without a provider, cancelling undoes the ledger and the listings only.
 */
export interface DealCancellationHook {
  onCancelled(manager: EntityManager, dealId: string, userId: string | null): Promise<void>;
}

export const DEAL_CANCELLATION_HOOK = Symbol('DEAL_CANCELLATION_HOOK');

import type { EntityManager } from 'typeorm';
import type { Field } from '@app/common';

export interface DealListingRefs {
  demandId: string | null;
  outcomeId: string | null;
  inquiryId: string | null;
}

/**
 * What deals need from listings, implemented where the listings live and provided under
 * DEAL_LISTINGS_PORT by the listings lib's global DealListingsModule. The port is required: an
 * app that imports DealsModule without it fails at start, and foreign keys from `deals` to the
 * listings and inquiries back what `resolve` checks.
 */
/** What the referenced listings say about a deal: its field, and whose they are. */
export interface ResolvedListingRefs {
  /** The field of the first referenced listing that has one, or null. */
  field: Field | null;
  /** The organization owning the referenced demand (the buyer's), outcome (the seller's). */
  demandOrgId: string | null;
  outcomeOrgId: string | null;
  /** The two organizations of the referenced inquiry (its listing's owner and the requester). */
  inquiryOrgIds: [string, string] | null;
  /** What the deal is about, for its public notice: the outcome's title, else the inquired listing's. */
  subject: string | null;
}

export interface DealListingsPort {
  /**
   * Checks that referenced listings exist (throws a ValidationFailedError naming the field
   * otherwise) and tells their field and owners.
   */
  resolve(refs: DealListingRefs): Promise<ResolvedListingRefs>;
  /** Marks the referenced listings `fulfilled`; runs inside the recording transaction. */
  markFulfilled(manager: EntityManager, refs: DealListingRefs): Promise<void>;
  /** After the recording transaction committed: lets the listings side publish the change (search index). */
  afterRecorded(refs: DealListingRefs): Promise<void>;
  /**
   * A recorded deal was cancelled: each referenced listing still `fulfilled` goes back to
   * `published` unless another recorded deal (than `cancelledDealId`) references it, directly or
   * through an inquiry; runs inside the cancelling transaction. `afterRecorded` publishes the change.
   */
  returnToMarket(manager: EntityManager, refs: DealListingRefs, cancelledDealId: string): Promise<void>;
}

export const DEAL_LISTINGS_PORT = Symbol('DEAL_LISTINGS_PORT');

import type { EntityManager } from 'typeorm';
import type { Field } from '@app/common';

export interface DealListingRefs {
  demandId: string | null;
  outcomeId: string | null;
  inquiryId: string | null;
}

/**
 * What deals need from listings, implemented where the listings live and provided under
 * DEAL_LISTINGS_PORT by a global module. Without a provider, deals work on their own: `field`
 * is then required and references are stored unchecked.
 */
export interface DealListingsPort {
  /**
   * Checks that referenced listings exist (throws a ValidationFailedError naming the field
   * otherwise) and returns the field of the first one that has one, or null.
   */
  resolveField(refs: DealListingRefs): Promise<Field | null>;
  /** Marks the referenced listings `fulfilled`; runs inside the recording transaction. */
  markFulfilled(manager: EntityManager, refs: DealListingRefs): Promise<void>;
  /** After the recording transaction committed: lets the listings side publish the change (search index). */
  afterRecorded(refs: DealListingRefs): Promise<void>;
}

export const DEAL_LISTINGS_PORT = Symbol('DEAL_LISTINGS_PORT');

import type { Principal } from '@app/accounts';
import type { ListingEntity } from './listing-types.js';

export interface ListingAccess {
  /** Whether the viewer may see the listing at all (otherwise it does not exist for them). */
  visible: boolean;
  isOwner: boolean;
  /** Contact details: owners, the bureau, and members of verified organizations on published listings. */
  contacts: boolean;
  /** Review details (reject reason, history): owners and the bureau. */
  review: boolean;
}

export function listingAccess(listing: Pick<ListingEntity, 'organizationId' | 'status'>, viewer: Principal | undefined): ListingAccess {
  const isOwner = viewer !== undefined && viewer.organizationId === listing.organizationId;
  const isBureau = viewer?.orgType === 'bureau';
  const published = listing.status === 'published';
  return {
    visible: published || isOwner || isBureau,
    isOwner,
    contacts: isOwner || isBureau || (published && viewer?.verified === true),
    review: isOwner || isBureau,
  };
}

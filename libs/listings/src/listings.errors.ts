import { DomainError, ForbiddenError } from '@app/common';
import type { ListingKind, ListingStatus } from './listing-kinds.js';

export type ListingsErrorCode =
  | 'LISTING_NOT_FOUND'
  | 'LISTING_NOT_OWNED'
  | 'LISTING_STATE_CONFLICT'
  | 'SEARCH_UNAVAILABLE'
  | 'INQUIRY_NOT_FOUND'
  | 'INQUIRY_OWN_LISTING'
  | 'INQUIRY_ALREADY_OPEN'
  | 'INQUIRY_CLOSED'
  | 'INQUIRY_DECLINE_OWNER_ONLY';

export class ListingsError extends DomainError<ListingsErrorCode> {}

const KIND_NAMES: Record<ListingKind, string> = { demand: 'Demand', outcome: 'Outcome' };

const POSTERS: Record<ListingKind, string> = {
  demand: 'Only enterprise members may publish demands',
  outcome: 'Only university and institute members may publish outcomes',
};

export const onlyPosterMayPublish = (kind: ListingKind) => new ForbiddenError(POSTERS[kind]);
export const listingNotFound = (kind: ListingKind) => new ListingsError('LISTING_NOT_FOUND', `${KIND_NAMES[kind]} not found`);
export const listingNotOwned = (kind: ListingKind) =>
  new ListingsError('LISTING_NOT_OWNED', `Only the organization that owns this ${kind} may change it`);
export const listingStateConflict = (kind: ListingKind, status: ListingStatus, action: string) =>
  new ListingsError('LISTING_STATE_CONFLICT', `Cannot ${action} a ${status} ${kind}`, { status });
export const searchUnavailable = () =>
  new ListingsError('SEARCH_UNAVAILABLE', 'Search is temporarily unavailable; please try again shortly (搜索服务暂时不可用)');
export const inquiryNotFound = () => new ListingsError('INQUIRY_NOT_FOUND', 'Inquiry not found');
export const inquiryOwnListing = () => new ListingsError('INQUIRY_OWN_LISTING', 'You cannot open an inquiry on your own listing');
export const inquiryAlreadyOpen = (inquiryId: string) =>
  new ListingsError('INQUIRY_ALREADY_OPEN', 'Your organization already has an open inquiry on this listing', { inquiryId });
export const inquiryClosed = () => new ListingsError('INQUIRY_CLOSED', 'This inquiry is closed');
export const inquiryDeclineOwnerOnly = () =>
  new ListingsError('INQUIRY_DECLINE_OWNER_ONLY', 'Only the organization that owns the listing may decline an inquiry about it');

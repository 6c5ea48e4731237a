// The listings lib's public surface: demands and outcomes through one generic layer, review,
// search, the index outbox, inquiries, and the listings side of deals. Repositories stay inside.
export { ListingsModule } from './listings.module.js';
export { DealListingsModule } from './deal-listings.module.js';

export { ListingsService } from './listings.service.js';
export { ListingReviewService } from './listing-review.service.js';
export { ListingSearchService, type Highlighted, type SearchPage } from './listing-search.service.js';
export { ListingImportService } from './listing-import.service.js';
export type { ListingOwner } from './listing-changes.service.js';
export { ListingIndexer, type IndexProgress, type SyncedListing } from './listing-indexer.service.js';
export { OUTBOX_CHUNK, OutboxRelay, outboxJobId, outboxJobs } from './outbox-relay.service.js';
export { IndexCheck, type IndexCheckReport, type IndexDifference } from './index-check.service.js';
export { ListingIndexLag } from './index-lag.service.js';
export { ListingExpiry } from './listing-expiry.service.js';
export { InquiriesService, type InquiryView, type OpenInquiryInput } from './inquiries.service.js';
export {
  InquiryStats,
  RESPONSIVENESS_DAYS,
  RESPONSIVENESS_MIN_INQUIRIES,
  responsivenessLabel,
  type DeclineCount,
  type Responsiveness,
} from './inquiry-stats.service.js';
export type { InquirySide } from './inquiries.repository.js';
export type { ReviewQueueRow } from './review-queue.repository.js';

export { Demand } from './demand.entity.js';
export { Outcome } from './outcome.entity.js';
export { ListingStatusHistory } from './listing-status-history.entity.js';
export { ListingOutbox } from './listing-outbox.entity.js';
export {
  Inquiry,
  INQUIRY_STATUS_LABELS,
  INQUIRY_STATUSES,
  DECLINE_REASONS as INQUIRY_DECLINE_REASONS,
  DECLINE_REASON_LABELS as INQUIRY_DECLINE_REASON_LABELS,
  type InquiryDeclineReason,
  type InquiryStatus,
} from './inquiry.entity.js';
export { InquiryMessage } from './inquiry-message.entity.js';
export { listingPoster } from './listing-kind-rules.js';
export type { ListingDocumentOf, ListingEntity, ListingInputOf, ListingKindTypes, ListingOf, ListingSearchOf } from './listing-types.js';

export {
  IP_TYPE_LABELS,
  IP_TYPES,
  LISTING_KIND_LABELS,
  LISTING_KINDS,
  LISTING_STATUS_LABELS,
  LISTING_STATUSES,
  OPEN_STATUSES,
  type IpType,
  type ListingKind,
  type ListingStatus,
} from './listing-kinds.js';
export { listingAccess, type ListingAccess } from './listing-access.js';
export { fenOf, type ContactInput, type DemandInput, type ListingInput, type OutcomeInput } from './listing-input.js';
export { toDemandDocument, toOutcomeDocument } from './listing-documents.js';
export {
  demandSearchParams,
  outcomeSearchParams,
  SEARCH_SORTS,
  type DemandSearchQuery,
  type OutcomeSearchQuery,
  type SearchSort,
} from './search-params.js';
export { deadlineProblem, isCalendarDate, normalizeMainlandPhone } from './contact-rules.js';
export { normalizePatentNumber, patentCheckChar } from './patent-number.js';
export { ListingsError, type ListingsErrorCode } from './listings.errors.js';

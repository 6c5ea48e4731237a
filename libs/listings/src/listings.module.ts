import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '@app/notifications';
import { ListingExpiry } from './listing-expiry.service.js';
import { AccountsModule } from '@app/accounts';
import { DEAL_LISTINGS_PORT } from '@app/deals';
import { DealListingsAdapter } from './deal-listings.adapter.js';
import { Demand } from './demand.entity.js';
import { IndexCheck } from './index-check.service.js';
import { ListingIndexLag } from './index-lag.service.js';
import { InquiriesRepository } from './inquiries.repository.js';
import { InquiriesService } from './inquiries.service.js';
import { InquiryStats } from './inquiry-stats.service.js';
import { InquiryMessage } from './inquiry-message.entity.js';
import { Inquiry } from './inquiry.entity.js';
import { ListingChanges } from './listing-changes.service.js';
import { ListingHistoryRepository } from './listing-history.repository.js';
import { ListingImportService } from './listing-import.service.js';
import { ListingIndexer } from './listing-indexer.service.js';
import { ListingOutbox } from './listing-outbox.entity.js';
import { ListingOutboxRepository } from './listing-outbox.repository.js';
import { ListingReviewService } from './listing-review.service.js';
import { ListingSearchService } from './listing-search.service.js';
import { ListingStatusHistory } from './listing-status-history.entity.js';
import { ListingRepositories } from './listing.repository.js';
import { ListingsService } from './listings.service.js';
import { Outcome } from './outcome.entity.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { ReviewQueueRepository } from './review-queue.repository.js';

const services = [
  ListingsService,
  ListingReviewService,
  ListingSearchService,
  ListingImportService,
  ListingIndexer,
  IndexCheck,
  InquiriesService,
  InquiryStats,
  ListingChanges,
  OutboxRelay,
  DealListingsAdapter,
  ListingIndexLag,
  ListingExpiry,
];

/**
 * Demands, outcomes, review, the search-index outbox, search and inquiries; and the listings
 * side of deals, provided under the deals lib's DEAL_LISTINGS_PORT.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Demand, Outcome, ListingStatusHistory, ListingOutbox, Inquiry, InquiryMessage]),
    AccountsModule,
    NotificationsModule,
  ],
  providers: [
    ...services,
    { provide: DEAL_LISTINGS_PORT, useExisting: DealListingsAdapter },
    ListingRepositories,
    ListingHistoryRepository,
    ListingOutboxRepository,
    ReviewQueueRepository,
    InquiriesRepository,
  ],
  exports: [...services, DEAL_LISTINGS_PORT],
})
export class ListingsModule {}

import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '@app/accounts';
import { DealListingsAdapter } from './deal-listings.adapter.js';
import { Demand } from './demand.entity.js';
import { IndexCheck } from './index-check.service.js';
import { DemandsRepository } from './demands.repository.js';
import { DemandsService } from './demands.service.js';
import { InquiriesRepository } from './inquiries.repository.js';
import { InquiriesService } from './inquiries.service.js';
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
import { ListingsService } from './listings.service.js';
import { Outcome } from './outcome.entity.js';
import { OutcomesRepository } from './outcomes.repository.js';
import { OutcomesService } from './outcomes.service.js';
import { OutboxRelay } from './outbox-relay.service.js';
import { ReviewQueueRepository } from './review-queue.repository.js';

/** Demands, outcomes, review, the search-index outbox, search and inquiries. */
@Module({
  imports: [TypeOrmModule.forFeature([Demand, Outcome, ListingStatusHistory, ListingOutbox, Inquiry, InquiryMessage]), AccountsModule],
  providers: [
    DemandsRepository,
    OutcomesRepository,
    ListingHistoryRepository,
    ListingOutboxRepository,
    ReviewQueueRepository,
    InquiriesRepository,
    OutboxRelay,
    ListingChanges,
    DemandsService,
    OutcomesService,
    ListingReviewService,
    ListingIndexer,
    ListingSearchService,
    ListingsService,
    InquiriesService,
    ListingImportService,
    DealListingsAdapter,
    IndexCheck,
  ],
  exports: [
    DealListingsAdapter,
    IndexCheck,
    ListingImportService,
    DemandsService,
    OutcomesService,
    ListingReviewService,
    ListingIndexer,
    ListingSearchService,
    ListingsService,
    InquiriesService,
    OutboxRelay,
    ListingChanges,
  ],
})
export class ListingsModule {}

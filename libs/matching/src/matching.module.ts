import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ListingsModule } from '@app/listings';
import { CandidateSearch } from './candidate-search.js';
import { KeywordSuggestions } from './keyword-suggestions.service.js';
import { ListingMatchesService } from './listing-matches.service.js';
import { MatchingService } from './matching.service.js';
import { MatchList, MatchListEntry } from './lists/match-list.entity.js';
import { MatchListRepository } from './lists/match-list.repository.js';
import { MatchListObserver, MatchLists } from './lists/match-lists.service.js';
import { MatchAlerts } from './lists/match-alerts.js';
import { NotificationsModule } from '@app/notifications';
import { InquiryDeclines } from './inquiry-declines.service.js';
import { Subscription } from './subscriptions/subscription.entity.js';
import { Subscriptions } from './subscriptions/subscriptions.service.js';
import { MatchFeedback } from './vocabulary/match-feedback.entity.js';
import { MatchFeedbackRepository } from './vocabulary/match-feedback.repository.js';
import { MatchFeedbackService, MatchFeedbackSource } from './vocabulary/match-feedback.service.js';
import { VocabularyChange } from './vocabulary/vocabulary-change.entity.js';
import { VocabularyEntry } from './vocabulary/vocabulary-entry.entity.js';
import { VocabularyStore, VocabularySource } from './vocabulary/vocabulary-store.js';
import { VocabularySync } from './vocabulary/vocabulary-sync.service.js';
import { VocabularyRepository } from './vocabulary/vocabulary.repository.js';
import { VocabularyService } from './vocabulary/vocabulary.service.js';

/** Matching needs the global SearchModule, QueueModule (and ConfigModule) of the app that imports it. */
@Module({
  imports: [
    ListingsModule,
    NotificationsModule,
    TypeOrmModule.forFeature([VocabularyEntry, VocabularyChange, MatchFeedback, MatchList, MatchListEntry, Subscription]),
  ],
  providers: [
    CandidateSearch,
    MatchingService,
    ListingMatchesService,
    MatchListRepository,
    MatchLists,
    { provide: MatchListObserver, useClass: MatchAlerts },
    InquiryDeclines,
    Subscriptions,
    VocabularyRepository,
    VocabularyStore,
    { provide: VocabularySource, useExisting: VocabularyStore },
    VocabularyService,
    VocabularySync,
    MatchFeedbackRepository,
    MatchFeedbackService,
    { provide: MatchFeedbackSource, useExisting: MatchFeedbackService },
    KeywordSuggestions,
  ],
  exports: [
    MatchingService,
    ListingMatchesService,
    MatchLists,
    InquiryDeclines,
    Subscriptions,
    VocabularyService,
    VocabularyStore,
    VocabularySync,
    MatchFeedbackService,
    KeywordSuggestions,
  ],
})
export class MatchingModule {}

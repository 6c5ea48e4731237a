// Two-way matching: candidate queries, re-ranking and reasons; the vocabulary and match feedback.
export { MatchingModule } from './matching.module.js';
export { MatchingService, subjectOf, type MatchPool } from './matching.service.js';
export { ListingMatchesService } from './listing-matches.service.js';
export { MatchLists, MatchListObserver, type ListGain, type StoredMatches } from './lists/match-lists.service.js';
export { InquiryDeclines, DECLINE_EVIDENCE } from './inquiry-declines.service.js';
export { MATCH_ALERT_SCORE, MATCH_ALERT_TOP } from './lists/match-alerts.js';
export { Subscriptions, type SubscriptionInput } from './subscriptions/subscriptions.service.js';
export { Subscription } from './subscriptions/subscription.entity.js';
export { STORED_LIST_SIZE } from './lists/match-list.repository.js';
export { MatchList, MatchListEntry } from './lists/match-list.entity.js';
export { CandidateSearch, type Candidate, type CandidateQuery } from './candidate-search.js';
export { MatchingError, matchingUnavailable, type MatchingErrorCode } from './matching.errors.js';
export type { DemandInput, DemandMatch, MatchOptions, OutcomeInput, OutcomeMatch } from './matching.types.js';
export { BRIDGES, type Bridge } from './vocabulary.js';
export { expand, type Expansion } from './expansion.js';
export { FEATURES, poolFeatures, type FeatureName, type FeatureVector, type PoolEntry, type SubjectText } from './features.js';
export { rank, type Ranked } from './ranker.js';
export { normalizeModel, PRIOR_MODEL, scorePair, type RankerModel } from './ranker-model.js';
export { FITTED_MODEL } from './ranker-weights.js';
export type { FieldWeights } from './pool-index.js';
export { KeywordSuggestions, type KeywordSuggestion } from './keyword-suggestions.service.js';
export { VocabularyService, type VocabularyInput, type VocabularyPatch } from './vocabulary/vocabulary.service.js';
export { VocabularyStore, VocabularySource, SEED_VOCABULARY, VOCABULARY_CHECK_MS, type Vocabulary } from './vocabulary/vocabulary-store.js';
export { VocabularySync } from './vocabulary/vocabulary-sync.service.js';
export { MatchFeedbackService, MatchFeedbackSource, feedbackValue, FEEDBACK_VALUES } from './vocabulary/match-feedback.service.js';
export { FEEDBACK_WEIGHT, FIXED_WEIGHTS, RESPONSIVENESS_WEIGHT } from './ranker-model.js';
export { VocabularyEntry, VOCABULARY_KINDS, VOCABULARY_KIND_LABELS, type VocabularyKind } from './vocabulary/vocabulary-entry.entity.js';
export {
  VocabularyChange,
  VOCABULARY_ACTIONS,
  type VocabularyAction,
  type VocabularySnapshot,
} from './vocabulary/vocabulary-change.entity.js';
export {
  MatchFeedback,
  DECLINE_REASONS,
  FEEDBACK_SIGNALS,
  type DeclineReason,
  type FeedbackSignal,
} from './vocabulary/match-feedback.entity.js';

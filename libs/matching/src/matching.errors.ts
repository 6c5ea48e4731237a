import { DomainError } from '@app/common';

export type MatchingErrorCode = 'MATCHING_UNAVAILABLE' | 'VOCABULARY_ENTRY_NOT_FOUND' | 'SYNONYM_CONFLICT' | 'SUBSCRIPTION_NOT_FOUND';

export class MatchingError extends DomainError<MatchingErrorCode> {}

export const matchingUnavailable = (cause: unknown) =>
  new MatchingError('MATCHING_UNAVAILABLE', 'Matching is temporarily unavailable; please try again shortly (匹配服务暂时不可用)', {
    cause: cause instanceof Error ? cause.message : String(cause),
  });

export const vocabularyEntryNotFound = () => new MatchingError('VOCABULARY_ENTRY_NOT_FOUND', 'Vocabulary entry not found (词条不存在)');

export const subscriptionNotFound = () => new MatchingError('SUBSCRIPTION_NOT_FOUND', 'Subscription not found (订阅不存在)');

export const synonymConflict = (words: string[]) =>
  new MatchingError('SYNONYM_CONFLICT', `Already in another synonym group: ${words.join(', ')} (已在其他同义词组中)`, {
    errors: [{ field: 'triggers', messages: [`already in another synonym group: ${words.join(', ')}`] }],
  });

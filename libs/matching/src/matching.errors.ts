import { DomainError } from '@app/common';

export type MatchingErrorCode = 'MATCHING_UNAVAILABLE';

export class MatchingError extends DomainError<MatchingErrorCode> {}

export const matchingUnavailable = (cause: unknown) =>
  new MatchingError('MATCHING_UNAVAILABLE', 'Matching is temporarily unavailable; please try again shortly (匹配服务暂时不可用)', {
    cause: cause instanceof Error ? cause.message : String(cause),
  });

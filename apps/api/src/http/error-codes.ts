import { HttpStatus } from '@nestjs/common';
import type { AccountsErrorCode } from '@app/accounts';
import type { CommonErrorCode } from '@app/common';
import type { DealsErrorCode } from '@app/deals';
import type { ListingsErrorCode } from '@app/listings';
import type { MatchingErrorCode } from '@app/matching';

/** Every domain error code and its HTTP status. A new code without a status does not compile. */
export type ErrorCode = CommonErrorCode | AccountsErrorCode | ListingsErrorCode | DealsErrorCode | MatchingErrorCode;

export const ERROR_STATUS: Record<ErrorCode, HttpStatus> = {
  VALIDATION_FAILED: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  CONFLICT: HttpStatus.CONFLICT,
  RATE_LIMITED: HttpStatus.TOO_MANY_REQUESTS,
  EMAIL_TAKEN: HttpStatus.CONFLICT,
  ORGANIZATION_EXISTS: HttpStatus.CONFLICT,
  INVALID_CREDENTIALS: HttpStatus.UNAUTHORIZED,
  ORGANIZATION_NOT_FOUND: HttpStatus.NOT_FOUND,
  WEAK_PASSWORD: HttpStatus.BAD_REQUEST,
  LISTING_NOT_FOUND: HttpStatus.NOT_FOUND,
  LISTING_NOT_OWNED: HttpStatus.FORBIDDEN,
  LISTING_STATE_CONFLICT: HttpStatus.CONFLICT,
  SEARCH_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INQUIRY_NOT_FOUND: HttpStatus.NOT_FOUND,
  INQUIRY_OWN_LISTING: HttpStatus.FORBIDDEN,
  INQUIRY_ALREADY_OPEN: HttpStatus.CONFLICT,
  INQUIRY_CLOSED: HttpStatus.CONFLICT,
  DEAL_NOT_FOUND: HttpStatus.NOT_FOUND,
  IDEMPOTENCY_KEY_REUSED: HttpStatus.CONFLICT,
  TARGET_NOT_FOUND: HttpStatus.NOT_FOUND,
  MATCHING_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
};

/** Codes for errors Nest or Express raise before our code runs. */
export function codeForHttpStatus(status: number): string {
  switch (status) {
    case 400:
      return 'BAD_REQUEST';
    case 401:
      return 'UNAUTHENTICATED';
    case 403:
      return 'FORBIDDEN';
    case 404:
      return 'NOT_FOUND';
    case 405:
      return 'METHOD_NOT_ALLOWED';
    case 409:
      return 'CONFLICT';
    case 413:
      return 'PAYLOAD_TOO_LARGE';
    case 415:
      return 'UNSUPPORTED_MEDIA_TYPE';
    case 429:
      return 'RATE_LIMITED';
    case 503:
      return 'SERVICE_UNAVAILABLE';
    default:
      return status >= 500 ? 'INTERNAL_ERROR' : 'HTTP_ERROR';
  }
}

import { HttpStatus } from '@nestjs/common';
import type { AccountsErrorCode } from '@app/accounts';
import type { CommonErrorCode } from '@app/common';
import type { DealsErrorCode } from '@app/deals';
import type { ListingsErrorCode } from '@app/listings';
import type { MatchingErrorCode } from '@app/matching';
import type { NotificationsErrorCode } from '@app/notifications';
import type { VouchersErrorCode } from '@app/vouchers';
import type { BrokersErrorCode } from '@app/brokers';

/** Every domain error code and its HTTP status. A new code without a status does not compile. */
export type ErrorCode =
  | CommonErrorCode
  | AccountsErrorCode
  | ListingsErrorCode
  | DealsErrorCode
  | MatchingErrorCode
  | NotificationsErrorCode
  | VouchersErrorCode
  | BrokersErrorCode;

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
  ACCOUNT_DISABLED: HttpStatus.UNAUTHORIZED,
  LINK_INVALID: HttpStatus.NOT_FOUND,
  MEMBER_NOT_FOUND: HttpStatus.NOT_FOUND,
  INVITATION_NOT_FOUND: HttpStatus.NOT_FOUND,
  LAST_ADMIN: HttpStatus.CONFLICT,
  EMAIL_NOT_VERIFIED: HttpStatus.FORBIDDEN,
  EMAIL_ALREADY_VERIFIED: HttpStatus.CONFLICT,
  LISTING_NOT_FOUND: HttpStatus.NOT_FOUND,
  LISTING_NOT_OWNED: HttpStatus.FORBIDDEN,
  LISTING_STATE_CONFLICT: HttpStatus.CONFLICT,
  SEARCH_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  INQUIRY_NOT_FOUND: HttpStatus.NOT_FOUND,
  INQUIRY_OWN_LISTING: HttpStatus.FORBIDDEN,
  INQUIRY_ALREADY_OPEN: HttpStatus.CONFLICT,
  INQUIRY_CLOSED: HttpStatus.CONFLICT,
  INQUIRY_DECLINE_OWNER_ONLY: HttpStatus.FORBIDDEN,
  NOTIFICATION_NOT_FOUND: HttpStatus.NOT_FOUND,
  SUBSCRIPTION_NOT_FOUND: HttpStatus.NOT_FOUND,
  DEAL_NOT_FOUND: HttpStatus.NOT_FOUND,
  IDEMPOTENCY_KEY_REUSED: HttpStatus.CONFLICT,
  TARGET_NOT_FOUND: HttpStatus.NOT_FOUND,
  IMPORT_FILE_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
  DEAL_STATE_CONFLICT: HttpStatus.CONFLICT,
  DEAL_NOT_OTHER_PARTY: HttpStatus.FORBIDDEN,
  REGISTRATION_NO_TAKEN: HttpStatus.CONFLICT,
  NOTICE_RUNNING: HttpStatus.CONFLICT,
  NOTICE_OBJECTION_OPEN: HttpStatus.CONFLICT,
  NOTICE_NOT_FOUND: HttpStatus.NOT_FOUND,
  NOTICE_CLOSED: HttpStatus.CONFLICT,
  OBJECTION_NOT_FOUND: HttpStatus.NOT_FOUND,
  MATCHING_UNAVAILABLE: HttpStatus.SERVICE_UNAVAILABLE,
  VOCABULARY_ENTRY_NOT_FOUND: HttpStatus.NOT_FOUND,
  SYNONYM_CONFLICT: HttpStatus.CONFLICT,
  VOUCHER_NOT_FOUND: HttpStatus.NOT_FOUND,
  VOUCHER_BUDGET_EXCEEDED: HttpStatus.CONFLICT,
  VOUCHER_REDEMPTION_REFUSED: HttpStatus.CONFLICT,
  BROKER_NOT_VERIFIED: HttpStatus.FORBIDDEN,
  BROKER_FOLLOW_REFUSED: HttpStatus.CONFLICT,
  BROKER_FOLLOW_NOT_FOUND: HttpStatus.NOT_FOUND,
  INTRODUCTION_NOT_FOUND: HttpStatus.NOT_FOUND,
  CERTIFICATE_TAKEN: HttpStatus.CONFLICT,
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

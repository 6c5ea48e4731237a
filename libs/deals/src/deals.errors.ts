import { DomainError } from '@app/common';

export type DealsErrorCode =
  | 'DEAL_NOT_FOUND'
  | 'IDEMPOTENCY_KEY_REUSED'
  | 'TARGET_NOT_FOUND'
  | 'DEAL_STATE_CONFLICT'
  | 'DEAL_NOT_OTHER_PARTY'
  | 'REGISTRATION_NO_TAKEN'
  | 'NOTICE_RUNNING'
  | 'NOTICE_OBJECTION_OPEN'
  | 'NOTICE_NOT_FOUND'
  | 'NOTICE_CLOSED'
  | 'OBJECTION_NOT_FOUND'
  | 'IMPORT_FILE_TOO_LARGE';

export class DealsError extends DomainError<DealsErrorCode> {}

export const dealNotFound = () => new DealsError('DEAL_NOT_FOUND', 'Deal not found');
export const idempotencyKeyReused = () =>
  new DealsError(
    'IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was already used with a different request body; send a new key for a new deal',
  );
export const targetNotFound = (year: number) => new DealsError('TARGET_NOT_FOUND', `No target has been set for ${year}`);
export const importKeyReused = () =>
  new DealsError('IDEMPOTENCY_KEY_REUSED', 'This Idempotency-Key was already used for another file (该幂等键已用于另一个文件)');
export const dealStateConflict = (status: string, label: string, action: string) =>
  new DealsError('DEAL_STATE_CONFLICT', `A ${status} deal (${label}) cannot be ${action}`, { status });
export const notOtherParty = () =>
  new DealsError(
    'DEAL_NOT_OTHER_PARTY',
    'Only the other party confirms or disputes a deal; the declaring side cannot (须由合同另一方确认)',
  );
const REGISTRATION_NO_TAKEN_MESSAGE = 'this registration number is already held by another deal (该技术合同登记号已被其他合同使用)';
export const registrationNoTaken = (registrationNo: string) =>
  new DealsError('REGISTRATION_NO_TAKEN', `registrationNo ${registrationNo}: ${REGISTRATION_NO_TAKEN_MESSAGE}`, {
    errors: [{ field: 'registrationNo', messages: [REGISTRATION_NO_TAKEN_MESSAGE] }],
  });
export const registrationNoTakenMessage = REGISTRATION_NO_TAKEN_MESSAGE;
export const noticeRunning = (endsAt: Date) =>
  new DealsError(
    'NOTICE_RUNNING',
    `The deal is in public notice until ${endsAt.toISOString()}; it can be registered after the notice ends (公示期未满，公示结束后方可登记)`,
    { endsAt: endsAt.toISOString() },
  );
export const noticeObjectionOpen = (count: number) =>
  new DealsError(
    'NOTICE_OBJECTION_OPEN',
    `${count} objection(s) to the public notice are not resolved; resolve them before registering (公示异议未处理，处理后方可登记)`,
    { openObjections: count },
  );
export const noticeNotFound = () => new DealsError('NOTICE_NOT_FOUND', 'Notice not found (公示不存在)');
export const noticeClosed = () =>
  new DealsError('NOTICE_CLOSED', 'The notice period has ended; objections are taken during the notice only (公示期已结束)');
export const objectionNotFound = () => new DealsError('OBJECTION_NOT_FOUND', 'Objection not found (异议不存在)');

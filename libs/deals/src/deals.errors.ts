import { DomainError } from '@app/common';

export type DealsErrorCode = 'DEAL_NOT_FOUND' | 'IDEMPOTENCY_KEY_REUSED' | 'TARGET_NOT_FOUND';

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

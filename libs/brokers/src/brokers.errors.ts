import { DomainError } from '@app/common';

export type BrokersErrorCode =
  'BROKER_NOT_VERIFIED' | 'BROKER_FOLLOW_REFUSED' | 'BROKER_FOLLOW_NOT_FOUND' | 'INTRODUCTION_NOT_FOUND' | 'CERTIFICATE_TAKEN';

export class BrokersError extends DomainError<BrokersErrorCode> {}

export const brokerNotVerified = () =>
  new BrokersError(
    'BROKER_NOT_VERIFIED',
    'Only a broker whose certificate the bureau has verified may do this (须为科技局认证的技术经纪人)',
  );
export const followRefused = () =>
  new BrokersError('BROKER_FOLLOW_REFUSED', 'The demand’s owner has refused this broker (需求方已谢绝该经纪人跟进)');
export const followNotFound = () => new BrokersError('BROKER_FOLLOW_NOT_FOUND', 'Broker follow not found');
export const introductionNotFound = () => new BrokersError('INTRODUCTION_NOT_FOUND', 'Introduction not found');
export const certificateTaken = () =>
  new BrokersError('CERTIFICATE_TAKEN', 'This certificate number is registered to another broker', {
    errors: [{ field: 'certificateNo', messages: ['this certificate number is registered to another broker'] }],
  });

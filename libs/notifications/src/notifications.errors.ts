import { DomainError } from '@app/common';

export type NotificationsErrorCode = 'NOTIFICATION_NOT_FOUND';

export class NotificationsError extends DomainError<NotificationsErrorCode> {}

export const notificationNotFound = () => new NotificationsError('NOTIFICATION_NOT_FOUND', 'Notification not found');

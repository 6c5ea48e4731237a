// Organizations' notifications (match alerts, subscription hits): written once per event, read and marked read by members;
// the notification centre over them and the deal notices; the daily digest mail.
export { NotificationsModule, NotificationDigestsModule } from './notifications.module.js';
export { OrgNotifications, type NewNotification } from './org-notifications.service.js';
export { OrgNotification, ORG_NOTIFICATION_TYPES, type OrgNotificationType } from './org-notification.entity.js';
export { NotificationDigest } from './notification-digest.entity.js';
export { NotificationPreference } from './notification-preference.entity.js';
export { NotificationPreferences, type NotificationSettings } from './notification-preferences.service.js';
export { NotificationCentre } from './notification-centre.service.js';
export { FEED_TYPES, FEED_TYPE_LABELS, type FeedItem, type FeedReader, type FeedType } from './notification-centre.js';
export { NotificationDigests, DIGEST_MAX_ITEMS, chinaDay } from './notification-digests.service.js';
export { NotificationsError, type NotificationsErrorCode } from './notifications.errors.js';

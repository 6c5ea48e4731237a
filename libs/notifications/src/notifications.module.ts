import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '@app/mail';
import { NotificationCentreRepository } from './notification-centre.repository.js';
import { NotificationCentre } from './notification-centre.service.js';
import { NotificationDigest } from './notification-digest.entity.js';
import { NotificationDigests } from './notification-digests.service.js';
import { NotificationPreference } from './notification-preference.entity.js';
import { NotificationPreferences } from './notification-preferences.service.js';
import { OrgNotification } from './org-notification.entity.js';
import { OrgNotifications } from './org-notifications.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrgNotification, NotificationPreference])],
  providers: [OrgNotifications, NotificationCentre, NotificationCentreRepository, NotificationPreferences],
  exports: [OrgNotifications, NotificationCentre, NotificationPreferences],
})
export class NotificationsModule {}

/** The daily digest mail (the worker's): needs the mail outbox. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationDigest]), MailModule],
  providers: [NotificationDigests],
  exports: [NotificationDigests],
})
export class NotificationDigestsModule {}

import { Module } from '@nestjs/common';
import { NotificationsModule } from '@app/notifications';
import { InboxController } from './inbox.controller.js';
import { NotificationsController } from './notifications.controller.js';

@Module({ imports: [NotificationsModule], controllers: [NotificationsController, InboxController] })
export class NotificationsHttpModule {}

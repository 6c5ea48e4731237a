import { Module } from '@nestjs/common';
import { DealsModule } from '@app/deals';
import { DealsController } from './deals.controller.js';
import { NotificationsController } from './notifications.controller.js';
import { StatsController } from './stats.controller.js';
import { TargetsController } from './targets.controller.js';

@Module({
  imports: [DealsModule],
  controllers: [DealsController, TargetsController, StatsController, NotificationsController],
})
export class DealsHttpModule {}

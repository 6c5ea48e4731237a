import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import { BrokersModule } from '@app/brokers';
import { DealsModule } from '@app/deals';
import { DealsController } from './deals.controller.js';
import { NoticesController } from './notices.controller.js';
import { RegistrationFormController } from './registration-form.controller.js';
import { StatsController } from './stats.controller.js';
import { TargetsController } from './targets.controller.js';

@Module({
  imports: [
    DealsModule,
    // The broker a deal credits, shown on the deal.
    BrokersModule,
    // Files of contracts are read from memory (no temporary files); one file per request, capped in size.
    MulterModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ limits: { fileSize: config.deals.importMaxBytes, files: 1, fields: 0, parts: 2 } }),
    }),
  ],
  controllers: [DealsController, TargetsController, StatsController, NoticesController, RegistrationFormController],
})
export class DealsHttpModule {}

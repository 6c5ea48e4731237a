import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { DealsModule } from '@app/deals';
import { DealListingsModule, ListingsModule } from '@app/listings';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { LoggerModule } from 'nestjs-pino';
import { DealsSweepScheduler } from './deals/deals-sweep.scheduler.js';
import { DealsProcessor } from './deals/deals.processor.js';
import { ListingIndexProcessor } from './search/listing-index.processor.js';
import { OutboxSweepScheduler } from './search/outbox-sweep.scheduler.js';

/** The queue processors: same domain modules as the api, no HTTP. */
@Module({})
export class WorkerModule {
  /** `env` overrides process.env (tests run workers against their own services). */
  static forRoot(env: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(env),
        LoggerModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            pinoHttp: {
              level: config.log.level,
              transport: config.log.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
            },
          }),
        }),
        DatabaseModule,
        QueueModule.forRoot('worker'),
        SearchModule,
        AccountsModule,
        ListingsModule,
        DealListingsModule,
        DealsModule,
      ],
      providers: [ListingIndexProcessor, OutboxSweepScheduler, DealsProcessor, DealsSweepScheduler],
    };
  }
}

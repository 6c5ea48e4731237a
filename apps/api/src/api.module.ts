import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard, AccountsModule } from '@app/accounts';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule } from '@app/queue';
import { DealListingsModule } from '@app/listings';
import { SearchModule } from '@app/search';
import { AccountsHttpModule } from './accounts/accounts-http.module.js';
import { DealsHttpModule } from './deals/deals-http.module.js';
import { HealthModule } from './health/health.module.js';
import { ListingsHttpModule } from './listings/listings-http.module.js';
import { MatchingHttpModule } from './matching/matching-http.module.js';
import { ErrorFilter } from './http/error.filter.js';
import { ApiLoggerModule } from './http/logger.js';

@Module({})
export class ApiModule {
  /** `env` overrides process.env (tests boot several differently configured apps). */
  static forRoot(env: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        ApiLoggerModule,
        DatabaseModule,
        QueueModule.forRoot('producer'),
        SearchModule,
        AccountsModule,
        AccountsHttpModule,
        ListingsHttpModule,
        DealListingsModule,
        MatchingHttpModule,
        DealsHttpModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}

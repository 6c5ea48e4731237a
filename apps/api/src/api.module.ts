import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { AccessGuard, AccountsModule } from '@app/accounts';
import { ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MetricsModule } from '@app/metrics';
import { QueueModule } from '@app/queue';
import { DealListingsModule } from '@app/listings';
import { VoucherCancellationModule } from '@app/vouchers';
import { SearchModule } from '@app/search';
import { AccountsHttpModule } from './accounts/accounts-http.module.js';
import { DealsHttpModule } from './deals/deals-http.module.js';
import { HealthModule } from './health/health.module.js';
import { ListingsHttpModule } from './listings/listings-http.module.js';
import { MatchingHttpModule } from './matching/matching-http.module.js';
import { MetricsHttpModule } from './metrics/metrics-http.module.js';
import { NotificationsHttpModule } from './notifications/notifications-http.module.js';
import { RegionsHttpModule } from './regions/regions-http.module.js';
import { QueueBoardSessionController } from './ops/queue-board-session.controller.js';
import { VouchersHttpModule } from './vouchers/vouchers-http.module.js';
import { BrokersHttpModule } from './brokers/brokers-http.module.js';
import { ErrorFilter } from './http/error.filter.js';
import { ApiLoggerModule } from './http/logger.js';
import { RateLimitGuard } from './http/rate-limit.guard.js';

@Module({})
export class ApiModule {
  /** `env` overrides process.env (tests boot several differently configured apps). */
  static forRoot(env: Record<string, string | undefined> = {}): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        ConfigModule.forRoot(env),
        ApiLoggerModule,
        MetricsModule,
        DatabaseModule,
        QueueModule.forRoot('producer'),
        SearchModule,
        AccountsModule,
        AccountsHttpModule,
        ListingsHttpModule,
        DealListingsModule,
        VoucherCancellationModule,
        MatchingHttpModule,
        NotificationsHttpModule,
        DealsHttpModule,
        HealthModule,
        MetricsHttpModule,
        RegionsHttpModule,
        VouchersHttpModule,
        BrokersHttpModule,
      ],
      controllers: [QueueBoardSessionController],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        // After the access guard, which tells a signed-in caller from an anonymous one.
        RateLimitGuard,
        { provide: APP_GUARD, useExisting: RateLimitGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}

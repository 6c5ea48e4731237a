import { DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_GUARD } from '@nestjs/core';
import { ThrottlerModule } from '@nestjs/throttler';
import { ThrottlerStorageRedisService } from '@nest-lab/throttler-storage-redis';
import { AccessGuard, AccountsModule } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { QueueModule, RedisClient } from '@app/queue';
import { SearchModule } from '@app/search';
import { AccountsHttpModule } from './accounts/accounts-http.module.js';
import { HealthModule } from './health/health.module.js';
import { AuthThrottlerGuard } from './http/auth-throttler.guard.js';
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
        ThrottlerModule.forRootAsync({
          inject: [AppConfig, RedisClient],
          useFactory: (config: AppConfig, redis: RedisClient) => {
            AuthThrottlerGuard.keyPrefix = config.redis.prefix;
            return {
              throttlers: [{ name: 'auth', ttl: config.authRateLimit.windowMs, limit: config.authRateLimit.limit }],
              storage: new ThrottlerStorageRedisService(redis.redis),
            };
          },
        }),
        AccountsModule,
        AccountsHttpModule,
        HealthModule,
      ],
      providers: [
        { provide: APP_GUARD, useExisting: AccessGuard },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
    };
  }
}

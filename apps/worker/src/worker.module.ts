import { DynamicModule, Module } from '@nestjs/common';
import { AccountsModule } from '@app/accounts';
import { AppConfig, ConfigModule } from '@app/config';
import { DatabaseModule } from '@app/database';
import { MetricsModule } from '@app/metrics';
import { DiscoveryModule } from '@nestjs/core';
import { DealsModule } from '@app/deals';
import { DealListingsModule, ListingsModule } from '@app/listings';
import { MailModule } from '@app/mail';
import { NotificationDigestsModule } from '@app/notifications';
import { MatchingModule } from '@app/matching';
import { QueueModule } from '@app/queue';
import { SearchModule } from '@app/search';
import { LoggerModule } from 'nestjs-pino';
import { DealsSweepScheduler } from './deals/deals-sweep.scheduler.js';
import { DealsProcessor } from './deals/deals.processor.js';
import { ListingIndexProcessor } from './search/listing-index.processor.js';
import { OutboxSweepScheduler } from './search/outbox-sweep.scheduler.js';
import { ExpirySweepScheduler } from './search/expiry-sweep.scheduler.js';
import { FeedbackSyncScheduler } from './matching/feedback-sync.scheduler.js';
import { MatchingProcessor } from './matching/matching.processor.js';
import { MatchListProcessor } from './matching/match-list.processor.js';
import { MailProcessor, MailSweepScheduler } from './mail/mail.processor.js';
import { DigestProcessor, DigestScheduler } from './notifications/digest.processor.js';
import { JobMetrics } from './metrics/job-metrics.js';
import { WorkerKeeper } from './worker-keeper.js';
import { WorkerMetricsServer } from './metrics/metrics-server.js';

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
        MetricsModule,
        DiscoveryModule,
        DatabaseModule,
        QueueModule.forRoot('worker'),
        SearchModule,
        AccountsModule,
        ListingsModule,
        DealListingsModule,
        DealsModule,
        MatchingModule,
        MailModule,
        NotificationDigestsModule,
      ],
      providers: [
        ListingIndexProcessor,
        OutboxSweepScheduler,
        ExpirySweepScheduler,
        DealsProcessor,
        DealsSweepScheduler,
        MatchingProcessor,
        MatchListProcessor,
        FeedbackSyncScheduler,
        MailProcessor,
        MailSweepScheduler,
        DigestProcessor,
        DigestScheduler,
        JobMetrics,
        WorkerKeeper,
        WorkerMetricsServer,
      ],
    };
  }
}

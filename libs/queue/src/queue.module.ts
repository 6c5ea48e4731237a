import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { AppConfig } from '@app/config';
import { QUEUES } from './queues.js';
import { QueueDepth } from './queue-depth.js';
import { QueueProducer } from './queue-producer.js';
import { redisOptions } from './redis.js';
import { RedisClient } from './redis-client.js';

const queueRegistrations = Object.values(QUEUES).map((name) => ({ name }));

/**
 * BullMQ on the configured Redis, every queue registered, and the producer. In the api
 * (`producer`) enqueueing fails fast when Redis is away; in the worker connections block and
 * resume, as BullMQ workers require.
 */
@Global()
@Module({})
export class QueueModule {
  static forRoot(role: 'producer' | 'worker'): DynamicModule {
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [AppConfig],
          useFactory: (config: AppConfig) => ({
            connection: redisOptions(config.redis.url, role) as ConnectionOptions,
            prefix: `${config.redis.prefix}:bull`,
          }),
        }),
        BullModule.registerQueue(...queueRegistrations),
      ],
      providers: [QueueProducer, QueueDepth, RedisClient],
      exports: [BullModule, QueueProducer, QueueDepth, RedisClient],
    };
  }
}

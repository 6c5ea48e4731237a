import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import { Redis } from 'ioredis';
import { redisOptions } from './redis.js';

export const REDIS = Symbol('REDIS');

/**
 * A general-purpose Redis connection (health, rate limits); its keys carry REDIS_PREFIX.
 * Commands issued in the same turn of the event loop leave in one write (auto-pipelining): a
 * request's two rate-limit counts, and those of concurrent requests, share a round trip.
 */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly prefix: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = new Redis({ ...redisOptions(config.redis.url, 'client'), enableAutoPipelining: true });
    this.redis.on('error', () => undefined); // reported through health checks, not as crashes
    this.prefix = config.redis.prefix;
  }

  key(...parts: string[]): string {
    return [this.prefix, ...parts].join(':');
  }

  async ping(): Promise<boolean> {
    return (await this.redis.ping()) === 'PONG';
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}

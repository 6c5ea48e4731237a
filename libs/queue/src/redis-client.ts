import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/config';
import type { Redis } from 'ioredis';
import { createRedis } from './redis.js';

export const REDIS = Symbol('REDIS');

/** A general-purpose Redis connection (health, rate limits); its keys carry REDIS_PREFIX. */
@Injectable()
export class RedisClient implements OnApplicationShutdown {
  readonly redis: Redis;
  readonly prefix: string;

  constructor(@Inject(AppConfig) config: AppConfig) {
    this.redis = createRedis(config.redis.url, 'client');
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

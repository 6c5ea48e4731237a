import { Redis, type RedisOptions } from 'ioredis';

/**
 * Options for BullMQ connections. Workers need `maxRetriesPerRequest: null` (block forever
 * while Redis is away and resume after); producers fail fast instead so that the api never
 * waits on the queue to answer a write.
 */
export function redisOptions(url: string, role: 'worker' | 'producer' | 'client'): RedisOptions {
  const parsed = new URL(url);
  const base: RedisOptions = {
    host: parsed.hostname,
    port: Number(parsed.port || 6379),
    username: parsed.username ? decodeURIComponent(parsed.username) : undefined,
    password: parsed.password ? decodeURIComponent(parsed.password) : undefined,
    db: parsed.pathname.length > 1 ? Number(parsed.pathname.slice(1)) : 0,
    tls: parsed.protocol === 'rediss:' ? {} : undefined,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  };
  if (role === 'worker') return { ...base, maxRetriesPerRequest: null, enableReadyCheck: false };
  return { ...base, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2000 };
}

export function createRedis(url: string, role: 'worker' | 'producer' | 'client' = 'client'): Redis {
  return new Redis(redisOptions(url, role));
}

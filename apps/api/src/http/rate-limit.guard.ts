import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import type { Principal } from '@app/accounts';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { RedisClient } from '@app/queue';
import type { Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

type Tier = 'general' | 'matches' | 'posts';

/** Routes that cost more than a page read: match pages (up to 40 Meilisearch queries), and posts that reach other people. */
function tierOf(method: string, routePath: string): Tier | undefined {
  if (method === 'GET' && /\/matches$/.test(routePath)) return 'matches';
  if (method === 'POST' && /\/(inquiries|inquiries\/:id\/messages|deals)$/.test(routePath)) return 'posts';
  return undefined;
}

/**
 * The rate limit of every route, counted in Redis so that every api instance shares it: per
 * client address for anonymous callers, per user for signed-in ones, with tighter limits on
 * match pages and on inquiries and deal posts. Runs after the access guard, which has resolved
 * the caller. While Redis is unreachable an in-process limiter with the same rule stands in.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  private readonly limiters: Record<Tier | 'anonymous', RateLimiterRedis>;

  constructor(config: AppConfig, redis: RedisClient) {
    const { anonymousPerMinute, userPerMinute, matchesPerMinute, postsPerMinute } = config.rateLimit;
    const limiter = (name: string, points: number) =>
      new RateLimiterRedis({
        storeClient: redis.redis,
        keyPrefix: redis.key('ratelimit', name),
        points,
        duration: 60,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory({ points, duration: 60 }),
      });
    this.limiters = {
      anonymous: limiter('anon', anonymousPerMinute),
      general: limiter('user', userPerMinute),
      matches: limiter('matches', matchesPerMinute),
      posts: limiter('posts', postsPerMinute),
    };
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const http = context.switchToHttp();
    const request = http.getRequest<Request & { principal?: Principal }>();
    const caller = request.principal ? `user:${request.principal.userId}` : `ip:${request.ip ?? 'unknown'}`;
    const tier = tierOf(request.method, String((request.route as { path?: string } | undefined)?.path ?? ''));
    try {
      // Both counts at once: one Redis round trip's wait, not two, on a match page.
      const general = (request.principal ? this.limiters.general : this.limiters.anonymous).consume(caller);
      await Promise.all(tier ? [general, this.limiters[tier].consume(caller)] : [general]);
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      http.getResponse<Response>().setHeader('Retry-After', String(seconds));
      throw new DomainError('RATE_LIMITED', `Too many requests; try again in ${seconds} s`);
    }
  }
}

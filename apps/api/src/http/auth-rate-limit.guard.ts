import { createHash } from 'node:crypto';
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '@app/common';
import { AppConfig } from '@app/config';
import { RedisClient } from '@app/queue';
import type { Request, Response } from 'express';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/**
 * Rate limit for login and registration, per client address and route, and for login also per
 * email address (so that guesses spread over many addresses still stop), counted in Redis so
 * that every api replica shares it. While Redis is unreachable an in-process limiter with the
 * same rule stands in, so the limit never simply switches off.
 */
@Injectable()
export class AuthRateLimitGuard implements CanActivate {
  private readonly limiter: RateLimiterRedis;
  private readonly perEmail: RateLimiterRedis;

  constructor(config: AppConfig, redis: RedisClient) {
    const { limit, windowMs } = config.authRateLimit;
    const duration = Math.max(1, Math.round(windowMs / 1000));
    this.limiter = new RateLimiterRedis({
      storeClient: redis.redis,
      keyPrefix: redis.key('ratelimit', 'auth'),
      points: limit,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: limit, duration }),
    });
    this.perEmail = new RateLimiterRedis({
      storeClient: redis.redis,
      keyPrefix: redis.key('ratelimit', 'auth-email'),
      points: limit,
      duration,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: limit, duration }),
    });
  }

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const http = context.switchToHttp();
    const request = http.getRequest<Request>();
    const key = `${context.getHandler().name}:${request.ip ?? 'unknown'}`;
    const email = (request.body as { email?: unknown } | undefined)?.email;
    try {
      await this.limiter.consume(key);
      // Keyed by a digest: Redis holds no email addresses.
      if (typeof email === 'string' && context.getHandler().name === 'login') await this.perEmail.consume(emailKey(email));
      return true;
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      http.getResponse<Response>().setHeader('Retry-After', String(seconds));
      throw new DomainError('RATE_LIMITED', `Too many attempts; try again in ${seconds} s`);
    }
  }
}

const emailKey = (email: string) => createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');

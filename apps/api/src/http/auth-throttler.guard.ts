import { ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ThrottlerException, ThrottlerGuard } from '@nestjs/throttler';

/**
 * Rate limit for login and registration, counted in Redis so that every api replica shares
 * it. Keys carry REDIS_PREFIX. If Redis is unreachable the limit fails open (and says so in
 * the log) rather than locking everybody out.
 */
@Injectable()
export class AuthThrottlerGuard extends ThrottlerGuard {
  private readonly log = new Logger(AuthThrottlerGuard.name);
  static keyPrefix = 'tm';

  protected override generateKey(context: ExecutionContext, suffix: string, name: string): string {
    return `${AuthThrottlerGuard.keyPrefix}:throttle:${super.generateKey(context, suffix, name)}`;
  }

  override async canActivate(context: ExecutionContext): Promise<boolean> {
    try {
      return await super.canActivate(context);
    } catch (error) {
      if (error instanceof ThrottlerException) throw error;
      this.log.warn(`rate limit not checked: ${(error as Error).message}`);
      return true;
    }
  }
}

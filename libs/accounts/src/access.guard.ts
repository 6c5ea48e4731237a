import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenError, UnauthenticatedError } from '@app/common';
import { ACCESS_KEY, AccessRule, RequestWithPrincipal, VERIFIED_EMAIL_KEY } from './access.decorators.js';
import { emailNotVerified } from './accounts.errors.js';
import { AuthService } from './auth.service.js';

/**
 * Registered globally by the api. A bearer token, when sent, must be valid on every route;
 * routes marked `@Authenticated()` or `@Roles(...)` require one.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<RequestWithPrincipal>();
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [context.getHandler(), context.getClass()]);
    if (rule?.kind === 'own-credentials') return true;
    const header = request.headers.authorization;
    const token = typeof header === 'string' && /^Bearer\s+\S+$/i.test(header) ? header.split(/\s+/)[1] : undefined;
    if (header !== undefined && token === undefined) throw new UnauthenticatedError('Malformed Authorization header');
    if (token) request.principal = await this.auth.principalFromToken(token);
    if (!rule) return true;
    if (!request.principal) throw new UnauthenticatedError();
    if (rule.kind === 'roles' && !rule.roles.includes(request.principal.orgType)) {
      throw new ForbiddenError(`Only ${rule.roles.join(' or ')} members may do this`);
    }
    const needsVerifiedEmail = this.reflector.getAllAndOverride<boolean | undefined>(VERIFIED_EMAIL_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (needsVerifiedEmail && !request.principal.emailVerified) throw emailNotVerified();
    return true;
  }
}

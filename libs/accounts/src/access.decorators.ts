import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal } from './principal.js';
import type { OrganizationType } from './roles.js';

export const ACCESS_KEY = 'techmarket:access';

export type AccessRule = { kind: 'member' } | { kind: 'roles'; roles: OrganizationType[] } | { kind: 'own-credentials' };

/** Any signed-in member of any organization. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'member' } satisfies AccessRule);

/**
 * The route checks a credential of its own in the Authorization header (the metrics scrape
 * token): the guard neither reads that header as a user's token nor asks for a principal.
 */
export const OwnCredentials = () => SetMetadata(ACCESS_KEY, { kind: 'own-credentials' } satisfies AccessRule);

/** Members of organizations of these types only. */
export const Roles = (...roles: OrganizationType[]) => SetMetadata(ACCESS_KEY, { kind: 'roles', roles } satisfies AccessRule);

export interface RequestWithPrincipal {
  principal?: Principal;
  headers: Record<string, string | string[] | undefined>;
}

/** The caller; `undefined` on routes open to anonymous readers. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): Principal | undefined => ctx.switchToHttp().getRequest<RequestWithPrincipal>().principal,
);

export const VERIFIED_EMAIL_KEY = 'techmarket:verified-email';

/** The caller must have verified their email address (inquiries, deals); otherwise 403 EMAIL_NOT_VERIFIED. */
export const VerifiedEmailRequired = () => SetMetadata(VERIFIED_EMAIL_KEY, true);

import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Principal } from './principal.js';
import type { OrganizationType } from './roles.js';

export const ACCESS_KEY = 'techmarket:access';

export type AccessRule = { kind: 'member' } | { kind: 'roles'; roles: OrganizationType[] };

/** Any signed-in member of any organization. */
export const Authenticated = () => SetMetadata(ACCESS_KEY, { kind: 'member' } satisfies AccessRule);

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

/**
 * Who may call each route. One row per route (method and OpenAPI path); the authorization test
 * calls every route as every kind of caller and compares with this table, and fails for a
 * route that has no row — so a new route cannot ship without deciding who may call it.
 *
 * Callers: `anonymous` (no token), `enterprise` / `institution` (members of the organizations
 * that own the fixtures), `bureau`, and `outsider` (a member of another enterprise, who owns
 * nothing the route is about). `allow` means authorization lets the call through (the answer
 * is then whatever validation and the service say); 401/403/404 are the denials expected.
 */
export const CALLERS = ['anonymous', 'enterprise', 'institution', 'bureau', 'outsider'] as const;
export type Caller = (typeof CALLERS)[number];
export type AccessOutcome = 'allow' | 401 | 403 | 404;

/** Fixtures the test creates and substitutes for path parameters. */
export type FixtureKey = 'enterpriseOrg' | 'institutionOrg';

export interface RouteAccess {
  access: Record<Caller, AccessOutcome>;
  /** Path parameter → fixture id, e.g. `{ id: 'institutionOrg' }`. */
  params?: Record<string, FixtureKey>;
}

const everyone: Record<Caller, AccessOutcome> = {
  anonymous: 'allow',
  enterprise: 'allow',
  institution: 'allow',
  bureau: 'allow',
  outsider: 'allow',
};
const members: Record<Caller, AccessOutcome> = { ...everyone, anonymous: 401 };
const bureauOnly: Record<Caller, AccessOutcome> = { anonymous: 401, enterprise: 403, institution: 403, bureau: 'allow', outsider: 403 };

export const ACCESS_MATRIX: Record<string, RouteAccess> = {
  'POST /api/v1/auth/register': { access: everyone },
  'POST /api/v1/auth/login': { access: everyone },
  'GET /api/v1/me': { access: members },
  'GET /api/v1/health': { access: everyone },
  'GET /api/v1/organizations': { access: bureauOnly },
  'GET /api/v1/organizations/{id}': { access: bureauOnly, params: { id: 'institutionOrg' } },
  'POST /api/v1/organizations/{id}/verify': { access: bureauOnly, params: { id: 'institutionOrg' } },
};

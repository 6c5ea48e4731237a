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

/**
 * Fixtures the test creates afresh for every case and substitutes for path parameters: the
 * enterprise's published demand, the institution's published outcome, an inquiry the
 * institution opened on that demand, a deal between the enterprise (buyer) and the
 * institution (seller), and the current year.
 */
export type FixtureKey = 'enterpriseOrg' | 'institutionOrg' | 'demand' | 'outcome' | 'inquiry' | 'deal' | 'year';

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
const enterprises: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 'allow',
  institution: 403,
  bureau: 403,
  outsider: 'allow',
};
const institutions: Record<Caller, AccessOutcome> = { anonymous: 401, enterprise: 403, institution: 'allow', bureau: 403, outsider: 403 };
/** The enterprise's own demand: other enterprises are refused once it is published. */
const demandOwner: Record<Caller, AccessOutcome> = { ...enterprises, outsider: 403 };
/** Owners and the bureau see the review history; for anyone else it does not exist. */
const demandHistory: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 'allow',
  institution: 404,
  bureau: 'allow',
  outsider: 404,
};
const outcomeHistory: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 404,
  institution: 'allow',
  bureau: 'allow',
  outsider: 404,
};
const inquiryMembers: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 'allow',
  institution: 'allow',
  bureau: 403,
  outsider: 'allow',
};
/** Parties to a deal: the buyer (enterprise) and the seller (institution); others may not record it. */
const dealParties: Record<Caller, AccessOutcome> = { ...members, outsider: 403 };
/** A deal exists for its two parties and the bureau only. */
const dealReaders: Record<Caller, AccessOutcome> = { ...members, outsider: 404 };
/** The two organizations of an inquiry; it does not exist for anyone else. */
const inquiryParties: Record<Caller, AccessOutcome> = { ...inquiryMembers, outsider: 404 };

export const ACCESS_MATRIX: Record<string, RouteAccess> = {
  'POST /api/v1/auth/register': { access: everyone },
  'POST /api/v1/auth/login': { access: everyone },
  'GET /api/v1/me': { access: members },
  'GET /api/v1/health': { access: everyone },
  'GET /api/v1/organizations': { access: bureauOnly },
  'GET /api/v1/organizations/{id}': { access: bureauOnly, params: { id: 'institutionOrg' } },
  'POST /api/v1/organizations/{id}/verify': { access: bureauOnly, params: { id: 'institutionOrg' } },

  'GET /api/v1/demands': { access: everyone },
  'POST /api/v1/demands': { access: enterprises },
  'GET /api/v1/demands/{id}': { access: everyone, params: { id: 'demand' } },
  'PATCH /api/v1/demands/{id}': { access: demandOwner, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/close': { access: demandOwner, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/approve': { access: bureauOnly, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/reject': { access: bureauOnly, params: { id: 'demand' } },
  'GET /api/v1/demands/{id}/history': { access: demandHistory, params: { id: 'demand' } },
  'GET /api/v1/demands/{id}/matches': { access: everyone, params: { id: 'demand' } },
  'GET /api/v1/outcomes': { access: everyone },
  'POST /api/v1/outcomes': { access: institutions },
  'GET /api/v1/outcomes/{id}': { access: everyone, params: { id: 'outcome' } },
  'PATCH /api/v1/outcomes/{id}': { access: institutions, params: { id: 'outcome' } },
  'POST /api/v1/outcomes/{id}/close': { access: institutions, params: { id: 'outcome' } },
  'POST /api/v1/outcomes/{id}/approve': { access: bureauOnly, params: { id: 'outcome' } },
  'POST /api/v1/outcomes/{id}/reject': { access: bureauOnly, params: { id: 'outcome' } },
  'GET /api/v1/outcomes/{id}/history': { access: outcomeHistory, params: { id: 'outcome' } },
  'GET /api/v1/outcomes/{id}/matches': { access: everyone, params: { id: 'outcome' } },
  'GET /api/v1/my/demands': { access: enterprises },
  'GET /api/v1/my/outcomes': { access: institutions },
  'GET /api/v1/review': { access: bureauOnly },
  // The body names the institution's own outcome: its owner may not open an inquiry on it.
  'POST /api/v1/inquiries': { access: { ...inquiryMembers, institution: 403 } },
  'GET /api/v1/inquiries': { access: inquiryMembers },
  'GET /api/v1/inquiries/{id}': { access: inquiryParties, params: { id: 'inquiry' } },
  'POST /api/v1/inquiries/{id}/messages': { access: inquiryParties, params: { id: 'inquiry' } },
  'POST /api/v1/inquiries/{id}/close': { access: inquiryParties, params: { id: 'inquiry' } },

  'POST /api/v1/deals': { access: dealParties },
  'GET /api/v1/deals': { access: members },
  'POST /api/v1/deals/import': { access: bureauOnly },
  'GET /api/v1/deals/export': { access: bureauOnly },
  'GET /api/v1/deals/{id}': { access: dealReaders, params: { id: 'deal' } },
  'POST /api/v1/deals/{id}/cancel': { access: bureauOnly, params: { id: 'deal' } },
  'PUT /api/v1/targets/{year}': { access: bureauOnly, params: { year: 'year' } },
  'GET /api/v1/targets/{year}': { access: bureauOnly, params: { year: 'year' } },
  'GET /api/v1/stats/turnover': { access: bureauOnly },
  'GET /api/v1/stats/turnover/export': { access: bureauOnly },
  'GET /api/v1/notifications': { access: bureauOnly },
};

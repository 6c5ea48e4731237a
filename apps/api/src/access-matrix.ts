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
 * institution (seller), the current year, a bridge of the matching vocabulary, and a
 * notification to and a subscription of the enterprise.
 */
export type FixtureKey =
  | 'enterpriseOrg'
  | 'institutionOrg'
  | 'demand'
  | 'outcome'
  | 'inquiry'
  | 'deal'
  | 'year'
  | 'vocabularyEntry'
  | 'notification'
  | 'subscription'
  | 'voucher'
  | 'brokerFollow'
  | 'introduction'
  /** A member (not an administrator) the enterprise invited, and an invitation of the enterprise not yet accepted. */
  | 'enterpriseMember'
  | 'invitationToken'
  /** The id of a pending invitation of the enterprise. */
  | 'invitation'
  /** A well-formed mailed token that names nothing. */
  | 'unknownToken'
  | 'confirmedDeal'
  | 'notice'
  | 'objection';

export interface RouteAccess {
  access: Record<Caller, AccessOutcome>;
  /** Path parameter → fixture id, e.g. `{ id: 'institutionOrg' }`. */
  params?: Record<string, FixtureKey>;
  /** The route revokes the caller's tokens (logout, password change): the tests sign the caller in again after it. */
  revokesTokens?: boolean;
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
/** The party that did not declare (the institution) confirms or disputes; the declarer is refused, others do not see the deal. */
const otherParty: Record<Caller, AccessOutcome> = { anonymous: 401, enterprise: 403, institution: 'allow', bureau: 403, outsider: 404 };
/** The enterprise holds the fixture voucher (general, 通用): others do not learn it exists; the bureau reads it but does not redeem. */
const voucherReaders: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 'allow',
  institution: 404,
  bureau: 'allow',
  outsider: 404,
};
/** Broker routes: no caller of the matrix is a broker, so all are refused. */
const brokersOnly: Record<Caller, AccessOutcome> = { anonymous: 401, enterprise: 403, institution: 403, bureau: 403, outsider: 403 };
/** The fixture broker follows the enterprise's demand: the owner manages it; others do not learn it exists. */
const followOwners: Record<Caller, AccessOutcome> = { anonymous: 401, enterprise: 'allow', institution: 404, bureau: 404, outsider: 404 };
const demandFollowReaders: Record<Caller, AccessOutcome> = { ...followOwners, bureau: 'allow' };
/** The fixture introduction is between the enterprise's demand and the institution's outcome. */
const introductionReaders: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 'allow',
  institution: 'allow',
  bureau: 'allow',
  outsider: 404,
};
const introductionWriters: Record<Caller, AccessOutcome> = { ...introductionReaders, bureau: 403 };
const voucherRedeemers: Record<Caller, AccessOutcome> = { ...voucherReaders, bureau: 403 };
/** The two organizations of an inquiry; it does not exist for anyone else. */
const inquiryParties: Record<Caller, AccessOutcome> = { ...inquiryMembers, outsider: 404 };
/** The enterprise's administrator manages its people; nobody else may. */
const enterpriseAdmin: Record<Caller, AccessOutcome> = {
  anonymous: 401,
  enterprise: 'allow',
  institution: 403,
  bureau: 403,
  outsider: 403,
};

export const ACCESS_MATRIX: Record<string, RouteAccess> = {
  'POST /api/v1/auth/register': { access: everyone },
  'POST /api/v1/auth/login': { access: everyone },
  'GET /api/v1/me': { access: members },
  'GET /api/v1/health': { access: everyone },
  'GET /api/v1/regions': { access: everyone },
  // Prometheus' scrape token, not a user's: every user token is refused.
  'GET /metrics': { access: { anonymous: 401, enterprise: 401, institution: 401, bureau: 401, outsider: 401 } },
  'GET /api/v1/organizations': { access: bureauOnly },
  'GET /api/v1/organizations/{id}': { access: bureauOnly, params: { id: 'institutionOrg' } },
  'POST /api/v1/organizations/{id}/verify': { access: bureauOnly, params: { id: 'institutionOrg' } },
  'POST /api/v1/auth/logout': { access: members, revokesTokens: true },
  'POST /api/v1/auth/password-reset': { access: everyone },
  'POST /api/v1/auth/password-reset/{token}': { access: everyone, params: { token: 'unknownToken' } },
  'POST /api/v1/auth/verify-email': { access: members },
  'POST /api/v1/auth/verify-email/{token}': { access: everyone, params: { token: 'unknownToken' } },
  'POST /api/v1/me/password': { access: members, revokesTokens: true },
  // The bureau reads an organization's members too; only its administrators change them.
  'GET /api/v1/organizations/{id}/members': { access: { ...enterpriseAdmin, bureau: 'allow' }, params: { id: 'enterpriseOrg' } },
  'PATCH /api/v1/organizations/{id}/members/{userId}': {
    access: enterpriseAdmin,
    params: { id: 'enterpriseOrg', userId: 'enterpriseMember' },
  },
  'DELETE /api/v1/organizations/{id}/members/{userId}': {
    access: enterpriseAdmin,
    params: { id: 'enterpriseOrg', userId: 'enterpriseMember' },
  },
  'POST /api/v1/organizations/{id}/members/{userId}/enable': {
    access: enterpriseAdmin,
    params: { id: 'enterpriseOrg', userId: 'enterpriseMember' },
  },
  'GET /api/v1/organizations/{id}/invitations': { access: enterpriseAdmin, params: { id: 'enterpriseOrg' } },
  'DELETE /api/v1/organizations/{id}/invitations/{invitationId}': {
    access: enterpriseAdmin,
    params: { id: 'enterpriseOrg', invitationId: 'invitation' },
  },
  'POST /api/v1/organizations/{id}/invitations': { access: enterpriseAdmin, params: { id: 'enterpriseOrg' } },
  // The mailed token is the credential: anyone holding it may read and accept the invitation.
  'GET /api/v1/invitations/{token}': { access: everyone, params: { token: 'invitationToken' } },
  'POST /api/v1/invitations/{token}/accept': { access: everyone, params: { token: 'invitationToken' } },

  'GET /api/v1/demands': { access: everyone },
  'POST /api/v1/demands': { access: enterprises },
  'GET /api/v1/demands/{id}': { access: everyone, params: { id: 'demand' } },
  'PATCH /api/v1/demands/{id}': { access: demandOwner, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/close': { access: demandOwner, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/reconfirm': { access: demandOwner, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/approve': { access: bureauOnly, params: { id: 'demand' } },
  'POST /api/v1/demands/{id}/reject': { access: bureauOnly, params: { id: 'demand' } },
  'GET /api/v1/demands/{id}/history': { access: demandHistory, params: { id: 'demand' } },
  'GET /api/v1/demands/{id}/matches': { access: everyone, params: { id: 'demand' } },
  'GET /api/v1/outcomes': { access: everyone },
  'POST /api/v1/outcomes': { access: institutions },
  'GET /api/v1/outcomes/{id}': { access: everyone, params: { id: 'outcome' } },
  'PATCH /api/v1/outcomes/{id}': { access: institutions, params: { id: 'outcome' } },
  'POST /api/v1/outcomes/{id}/close': { access: institutions, params: { id: 'outcome' } },
  'POST /api/v1/outcomes/{id}/reconfirm': { access: institutions, params: { id: 'outcome' } },
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
  // The inquiry is on the enterprise's demand: only its owner declines; the asker may not.
  // An organization's notifications exist for its members only.
  'GET /api/v1/inbox': { access: inquiryMembers },
  'POST /api/v1/inbox/{id}/read': { access: { ...inquiryMembers, institution: 404, outsider: 404 }, params: { id: 'notification' } },
  'POST /api/v1/subscriptions': { access: inquiryMembers },
  'GET /api/v1/subscriptions': { access: inquiryMembers },
  // The enterprise's subscription: anyone else's delete finds nothing.
  'DELETE /api/v1/subscriptions/{id}': { access: { ...inquiryMembers, institution: 404, outsider: 404 }, params: { id: 'subscription' } },
  'POST /api/v1/inquiries/{id}/decline': { access: { ...inquiryParties, institution: 403 }, params: { id: 'inquiry' } },

  'POST /api/v1/deals': { access: dealParties },
  'GET /api/v1/deals': { access: members },
  'POST /api/v1/deals/import': { access: bureauOnly },
  'GET /api/v1/deals/export': { access: bureauOnly },
  'GET /api/v1/deals/{id}': { access: dealReaders, params: { id: 'deal' } },
  'GET /api/v1/deals/{id}/registration-form': { access: dealReaders, params: { id: 'confirmedDeal' } },
  'POST /api/v1/deals/{id}/cancel': { access: bureauOnly, params: { id: 'deal' } },
  'POST /api/v1/deals/{id}/confirm': { access: otherParty, params: { id: 'deal' } },
  'POST /api/v1/deals/{id}/dispute': { access: otherParty, params: { id: 'deal' } },
  'POST /api/v1/deals/{id}/register': { access: bureauOnly, params: { id: 'confirmedDeal' } },
  'POST /api/v1/deals/{id}/reject': { access: bureauOnly, params: { id: 'deal' } },
  'GET /api/v1/notices': { access: everyone },
  'POST /api/v1/notices/{id}/objections': { access: members, params: { id: 'notice' } },
  'POST /api/v1/notices/{id}/objections/{oid}/resolve': { access: bureauOnly, params: { id: 'notice', oid: 'objection' } },
  'PUT /api/v1/targets/{year}': { access: bureauOnly, params: { year: 'year' } },
  'GET /api/v1/targets/{year}': { access: bureauOnly, params: { year: 'year' } },
  'GET /api/v1/stats/turnover': { access: bureauOnly },
  'GET /api/v1/stats/turnover/export': { access: bureauOnly },
  'GET /api/v1/stats/pipeline': { access: bureauOnly },
  'GET /api/v1/stats/attribution': { access: bureauOnly },
  'GET /api/v1/notifications': { access: members },
  // The fixture is the enterprise's alert: for anyone else, the bureau included, it does not exist.
  'POST /api/v1/notifications/{id}/read': {
    access: { ...members, institution: 404, bureau: 404, outsider: 404 },
    params: { id: 'notification' },
  },
  'GET /api/v1/stats/declines': { access: bureauOnly },
  // Every signed-in user's own settings.
  'GET /api/v1/notifications/preferences': { access: members },
  'PUT /api/v1/notifications/preferences': { access: members },
  'POST /api/v1/ops/queue-board/session': { access: bureauOnly },
  'PUT /api/v1/voucher-budgets/{year}': { access: bureauOnly, params: { year: 'year' } },
  'GET /api/v1/voucher-budgets/{year}': { access: bureauOnly, params: { year: 'year' } },
  'POST /api/v1/vouchers': { access: bureauOnly },
  'GET /api/v1/vouchers': { access: members },
  'GET /api/v1/vouchers/{id}': { access: voucherReaders, params: { id: 'voucher' } },
  'POST /api/v1/vouchers/{id}/redemptions': { access: voucherRedeemers, params: { id: 'voucher' } },
  'GET /api/v1/stats/vouchers': { access: bureauOnly },
  'GET /api/v1/price-guidance': { access: everyone },
  'PUT /api/v1/me/broker-certificate': { access: brokersOnly },
  'GET /api/v1/brokers': { access: bureauOnly },
  // Any organization's id stands in for a user without a certificate: the bureau gets 404.
  'POST /api/v1/brokers/{userId}/verify': { access: bureauOnly, params: { userId: 'enterpriseOrg' } },
  'POST /api/v1/demands/{id}/brokers': { access: brokersOnly, params: { id: 'demand' } },
  'GET /api/v1/demands/{id}/brokers': { access: demandFollowReaders, params: { id: 'demand' } },
  'GET /api/v1/broker-follows': { access: brokersOnly },
  'PATCH /api/v1/broker-follows/{id}': { access: followOwners, params: { id: 'brokerFollow' } },
  'POST /api/v1/introductions': { access: brokersOnly },
  'GET /api/v1/introductions': { access: members },
  'GET /api/v1/introductions/{id}': { access: introductionReaders, params: { id: 'introduction' } },
  'POST /api/v1/introductions/{id}/messages': { access: introductionWriters, params: { id: 'introduction' } },
  'GET /api/v1/stats/brokers': { access: bureauOnly },

  'GET /api/v1/vocabulary': { access: bureauOnly },
  'POST /api/v1/vocabulary': { access: bureauOnly },
  'GET /api/v1/vocabulary/history': { access: bureauOnly },
  'PATCH /api/v1/vocabulary/{id}': { access: bureauOnly, params: { id: 'vocabularyEntry' } },
  'DELETE /api/v1/vocabulary/{id}': { access: bureauOnly, params: { id: 'vocabularyEntry' } },
  'POST /api/v1/keywords/suggest': { access: members },
};

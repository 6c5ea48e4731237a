import type { MemberRole, OrganizationType } from './roles.js';

/** Who is calling: resolved from the bearer token on every request. */
export interface Principal {
  userId: string;
  organizationId: string;
  orgType: OrganizationType;
  orgRole: MemberRole;
  verified: boolean;
  /** Whether the user proved their email address; until then no inquiries and no deals. */
  emailVerified: boolean;
}

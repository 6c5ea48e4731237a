// The accounts lib's public surface: organizations, users, sign-in, roles and the rules of
// their fields. Repositories stay inside; other libs go through AccountsService.
export { AccountsModule } from './accounts.module.js';
export { AccountsService, type BureauUserInput, type RegisterInput } from './accounts.service.js';
export { AuthService } from './auth.service.js';
export { MembersService } from './members.service.js';
export { InvitationsService, type InvitationPreview } from './invitations.service.js';
export { AccountLifecycleService, PASSWORD_RESET_MIN_MS } from './account-lifecycle.service.js';
export { EMAIL_VERIFICATION_TTL_MS, INVITATION_TTL_MS, PASSWORD_RESET_TTL_MS } from './account-mails.js';
export { AccessGuard } from './access.guard.js';
export { Authenticated, CurrentPrincipal, OwnCredentials, Roles, VerifiedEmailRequired } from './access.decorators.js';
export type { Principal } from './principal.js';
export { Organization } from './organization.entity.js';
export { User } from './user.entity.js';
export { Invitation } from './invitation.entity.js';
export { AccountToken } from './account-token.entity.js';
export {
  ORGANIZATION_TYPE_LABELS,
  ORGANIZATION_TYPES,
  MEMBER_ROLES,
  SELF_REGISTERED_TYPES,
  type MemberRole,
  type OrganizationType,
  type SelfRegisteredType,
} from './roles.js';
export { creditCodeCheckChar, isValidCreditCode, normalizeCreditCode } from './credit-code.js';
export { isValidRegionCode } from './region.js';
export { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './password-policy.js';
export { AccountsError, type AccountsErrorCode } from './accounts.errors.js';

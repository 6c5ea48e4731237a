import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { isUniqueViolation } from '@app/common';
import { AccountLinksRepository } from './account-links.repository.js';
import { emailTaken, linkInvalid, weakPassword } from './accounts.errors.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import type { Organization } from './organization.entity.js';
import { OrganizationsRepository } from './organizations.repository.js';
import type { MemberRole } from './roles.js';
import { hashSecretToken, SECRET_TOKEN_PATTERN } from './secret-token.js';
import type { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

export interface InvitationPreview {
  email: string;
  role: MemberRole;
  expiresAt: Date;
  organization: Organization;
}

/** The invited person's side: what the link is for, and accepting it (once). */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly links: AccountLinksRepository,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
  ) {}

  async preview(token: string): Promise<InvitationPreview> {
    if (!SECRET_TOKEN_PATTERN.test(token)) throw linkInvalid();
    const invitation = await this.links.findUsableInvitation(hashSecretToken(token));
    if (!invitation?.organization) throw linkInvalid();
    return { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, organization: invitation.organization };
  }

  /** Creates the user in the inviting organization, their email proven by the link. */
  async accept(token: string, input: { password: string; displayName: string }): Promise<{ user: User; org: Organization }> {
    if (!SECRET_TOKEN_PATTERN.test(token)) throw linkInvalid();
    const preview = await this.preview(token);
    const problems = passwordProblems(input.password, preview.email);
    if (problems.length > 0) throw weakPassword(problems);
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const user = await this.dataSource.transaction(async (manager) => {
        const invitation = await this.links.claimInvitation(manager, hashSecretToken(token));
        if (!invitation) throw linkInvalid();
        const created = await this.users.insert(manager, {
          organizationId: invitation.organizationId,
          email: invitation.email,
          passwordHash,
          displayName: input.displayName.trim(),
          orgRole: invitation.role,
          emailVerifiedAt: new Date(),
        });
        await this.links.setAcceptedUser(manager, invitation.id, created.id);
        return created;
      });
      const org = await this.organizations.findById(user.organizationId);
      return { user, org: org! };
    } catch (error) {
      if (isUniqueViolation(error, 'uq_users_email')) throw emailTaken();
      throw error;
    }
  }
}

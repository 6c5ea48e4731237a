import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForbiddenError, NotFoundError } from '@app/common';
import { MailService } from '@app/mail';
import { emailTaken, invitationNotFound, lastAdmin, memberNotFound } from './accounts.errors.js';
import { AccountLinksRepository } from './account-links.repository.js';
import { AccountMails } from './account-mails.js';
import { OrganizationsRepository } from './organizations.repository.js';
import type { Principal } from './principal.js';
import type { MemberRole } from './roles.js';
import { normalizeEmail } from './accounts.service.js';
import type { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

/**
 * The people of an organization: its administrators invite, change roles and disable. Every
 * change that could leave the organization without an active administrator takes the
 * organization's row lock first, so two concurrent demotions cannot both pass the check.
 */
@Injectable()
export class MembersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly mails: AccountMails,
    private readonly mail: MailService,
    private readonly links: AccountLinksRepository,
  ) {}

  /** The organization's administrators, and the bureau, may read its members (with their emails). */
  async list(organizationId: string, caller: Principal): Promise<User[]> {
    if (caller.orgType !== 'bureau') this.assertAdminOf(organizationId, caller);
    if (!(await this.organizations.findById(organizationId))) throw new NotFoundError('Organization');
    return this.users.listByOrganization(organizationId);
  }

  /** Invitations not yet accepted and not expired. */
  listInvitations(organizationId: string, caller: Principal) {
    this.assertAdminOf(organizationId, caller);
    return this.links.pendingInvitations(organizationId);
  }

  async invite(organizationId: string, caller: Principal, input: { email: string; role: MemberRole }) {
    this.assertAdminOf(organizationId, caller);
    const email = normalizeEmail(input.email);
    if (await this.users.existsByEmail(email)) throw emailTaken();
    const inviter = await this.users.findById(caller.userId);
    const org = inviter?.organization;
    if (!inviter || !org) throw new NotFoundError('Organization');
    const queued = await this.dataSource.transaction((manager) =>
      this.mails.queueInvitation(manager, {
        organizationId,
        organizationName: org.name,
        inviterId: inviter.id,
        inviterName: inviter.displayName,
        email,
        role: input.role,
      }),
    );
    await this.mail.dispatch(queued.mail);
    return { id: queued.invitationId, email, role: input.role, expiresAt: queued.expiresAt };
  }

  async changeRole(organizationId: string, userId: string, role: MemberRole, caller: Principal): Promise<User> {
    this.assertAdminOf(organizationId, caller);
    return this.dataSource.transaction(async (manager) => {
      await this.organizations.lockById(manager, organizationId);
      const member = await this.users.findMember(manager, organizationId, userId);
      if (!member) throw memberNotFound();
      if (member.orgRole === 'admin' && role !== 'admin' && !member.disabledAt) {
        if ((await this.users.countOtherActiveAdmins(manager, organizationId, userId)) === 0) throw lastAdmin();
      }
      await this.users.setRole(manager, userId, role);
      return { ...member, orgRole: role };
    });
  }

  /** Disables the member at once: their tokens fail on the next request, they cannot sign in. */
  async disable(organizationId: string, userId: string, caller: Principal): Promise<User> {
    this.assertAdminOf(organizationId, caller);
    return this.dataSource.transaction(async (manager) => {
      await this.organizations.lockById(manager, organizationId);
      const member = await this.users.findMember(manager, organizationId, userId);
      if (!member) throw memberNotFound();
      if (member.orgRole === 'admin' && !member.disabledAt) {
        if ((await this.users.countOtherActiveAdmins(manager, organizationId, userId)) === 0) throw lastAdmin();
      }
      await this.users.disable(manager, userId);
      return { ...member, disabledAt: member.disabledAt ?? new Date() };
    });
  }

  /** Enables a disabled member again; their earlier tokens stay revoked, they sign in afresh. */
  async enable(organizationId: string, userId: string, caller: Principal): Promise<User> {
    this.assertAdminOf(organizationId, caller);
    return this.dataSource.transaction(async (manager) => {
      const member = await this.users.findMember(manager, organizationId, userId);
      if (!member) throw memberNotFound();
      await this.users.enable(manager, userId);
      return { ...member, disabledAt: null };
    });
  }

  /** Withdraws an invitation not yet accepted: its mailed link stops working at once. */
  async revokeInvitation(organizationId: string, invitationId: string, caller: Principal) {
    this.assertAdminOf(organizationId, caller);
    const revoked = await this.dataSource.transaction((manager) =>
      this.links.deletePendingInvitation(manager, organizationId, invitationId),
    );
    if (!revoked) throw invitationNotFound();
    return revoked;
  }

  private assertAdminOf(organizationId: string, caller: Principal): void {
    if (caller.organizationId !== organizationId || caller.orgRole !== 'admin') {
      throw new ForbiddenError('只有本单位的管理员可以管理成员');
    }
  }
}

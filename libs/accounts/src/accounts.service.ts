import { isUniqueViolation, NotFoundError } from '@app/common';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailService } from '@app/mail';
import { AccountMails } from './account-mails.js';
import { emailTaken, organizationExists, weakPassword } from './accounts.errors.js';
import { normalizeCreditCode } from './credit-code.js';
import { Organization } from './organization.entity.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import type { SelfRegisteredType } from './roles.js';
import { User } from './user.entity.js';
import { UsersRepository } from './users.repository.js';

export interface RegisterInput {
  email: string;
  password: string;
  displayName: string;
  org: { name: string; type: SelfRegisteredType; creditCode: string; region: string };
}

export interface BureauUserInput {
  email: string;
  password: string;
  displayName: string;
  org: { name: string; creditCode: string; region: string };
}

export const normalizeEmail = (email: string) => email.trim().toLowerCase();

@Injectable()
export class AccountsService {
  private readonly logger = new Logger(AccountsService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly organizations: OrganizationsRepository,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly mails: AccountMails,
    private readonly mail: MailService,
  ) {}

  /**
   * Creates the organization and its first user (its admin) in one transaction, with the mail
   * that verifies the address; `emailVerified` (demo data) skips the mail.
   */
  async register(input: RegisterInput, options: { emailVerified?: boolean } = {}): Promise<{ user: User; org: Organization }> {
    const email = normalizeEmail(input.email);
    const problems = passwordProblems(input.password, email);
    if (problems.length > 0) throw weakPassword(problems);
    if (await this.users.existsByEmail(email)) throw emailTaken();
    const creditCode = normalizeCreditCode(input.org.creditCode);
    if (await this.organizations.findByCreditCode(creditCode)) throw organizationExists();
    const passwordHash = await this.hasher.hash(input.password);
    try {
      const created = await this.dataSource.transaction(async (manager) => {
        const org = await this.organizations.insert(manager, { ...input.org, name: input.org.name.trim(), creditCode });
        const user = await this.users.insert(manager, {
          organizationId: org.id,
          email,
          passwordHash,
          displayName: input.displayName.trim(),
          orgRole: 'admin',
          emailVerifiedAt: options.emailVerified ? new Date() : null,
        });
        const mail = options.emailVerified ? undefined : await this.mails.queueVerification(manager, user);
        return { user, org, mail };
      });
      if (created.mail) await this.mail.dispatch(created.mail);
      return { user: created.user, org: created.org };
    } catch (error) {
      // The constraints decide races between concurrent registrations.
      if (isUniqueViolation(error, 'uq_users_email')) throw emailTaken();
      if (isUniqueViolation(error, 'uq_organizations_credit_code')) throw organizationExists();
      throw error;
    }
  }

  async getUser(id: string): Promise<User> {
    const user = await this.users.findById(id);
    if (!user) throw new NotFoundError('User');
    return user;
  }

  /** Marks the address proven without a mailed link (operators, demo data, tests). */
  async markEmailVerified(userId: string): Promise<void> {
    await this.users.markEmailVerified(undefined, userId);
  }

  async getOrganization(id: string): Promise<Organization> {
    const org = await this.organizations.findById(id);
    if (!org) throw new NotFoundError('Organization');
    return org;
  }

  /** The organizations named by id or by unified social credit code, in one query; unknown ones are left out. */
  findOrganizations(refs: { ids?: string[]; creditCodes?: string[] }): Promise<Organization[]> {
    return this.organizations.findByIdsOrCreditCodes(refs.ids ?? [], refs.creditCodes ?? []);
  }

  listOrganizations(filter: { type?: string; verified?: boolean; q?: string }, page: number, limit: number) {
    return this.organizations.listPage(filter, page, limit);
  }

  async verifyOrganization(id: string, byUserId: string): Promise<Organization> {
    const org = await this.organizations.markVerified(id, byUserId);
    if (!org) throw new NotFoundError('Organization');
    return org;
  }

  /**
   * Creates a bureau user (and the bureau organization if missing). Idempotent: an existing
   * email is left as it is, so running it at every start never resets a changed password.
   */
  async ensureBureauUser(input: BureauUserInput): Promise<{ created: boolean; org: Organization }> {
    const email = normalizeEmail(input.email);
    const problems = passwordProblems(input.password, email);
    if (problems.length > 0) throw weakPassword(problems);
    const org = await this.organizations.upsertBureau({ ...input.org, creditCode: normalizeCreditCode(input.org.creditCode) });
    if (await this.users.existsByEmail(email)) return { created: false, org };
    const created = await this.users.insertIgnoringDuplicate({
      organizationId: org.id,
      email,
      passwordHash: await this.hasher.hash(input.password),
      displayName: input.displayName,
      orgRole: 'admin',
      emailVerifiedAt: new Date(),
    });
    if (created) this.logger.log(`bureau user ${email} created`);
    return { created, org };
  }
}

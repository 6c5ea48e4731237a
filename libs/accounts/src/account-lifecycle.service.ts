import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { MailService } from '@app/mail';
import { AccountLinksRepository } from './account-links.repository.js';
import { AccountMails } from './account-mails.js';
import { emailAlreadyVerified, linkInvalid, weakPassword } from './accounts.errors.js';
import { normalizeEmail } from './accounts.service.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import { hashSecretToken, SECRET_TOKEN_PATTERN } from './secret-token.js';
import { UsersRepository } from './users.repository.js';

/** Every password-reset request takes at least this long, so the answer's timing does not tell whether the address exists. */
export const PASSWORD_RESET_MIN_MS = 150;

/** Password reset and email verification through mailed single-use links. */
@Injectable()
export class AccountLifecycleService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly links: AccountLinksRepository,
    private readonly mails: AccountMails,
    private readonly mail: MailService,
    private readonly hasher: PasswordHasher,
  ) {}

  /** Mails a reset link when the address belongs to an active user; the caller learns nothing either way. */
  async requestPasswordReset(email: string): Promise<void> {
    const started = Date.now();
    const user = await this.users.findByEmail(normalizeEmail(email));
    if (user && !user.disabledAt) {
      const row = await this.dataSource.transaction((manager) => this.mails.queuePasswordReset(manager, user));
      await this.mail.dispatch(row);
    }
    const left = PASSWORD_RESET_MIN_MS - (Date.now() - started);
    if (left > 0) await new Promise((resolve) => setTimeout(resolve, left));
  }

  /** Sets the new password (the link works once, for an hour); every token issued before stops working. */
  async resetPassword(token: string, password: string): Promise<void> {
    if (!SECRET_TOKEN_PATTERN.test(token)) throw linkInvalid();
    const hash = await this.hasher.hash(password);
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.claimToken(manager, 'password_reset', hashSecretToken(token));
      if (!userId) throw linkInvalid();
      const user = await this.users.findById(userId, manager);
      const problems = passwordProblems(password, user?.email);
      if (problems.length > 0) throw weakPassword(problems);
      await this.users.setPassword(manager, userId, hash);
      // The mailed link proves the address as well.
      await this.users.markEmailVerified(manager, userId);
    });
  }

  async verifyEmail(token: string): Promise<void> {
    if (!SECRET_TOKEN_PATTERN.test(token)) throw linkInvalid();
    await this.dataSource.transaction(async (manager) => {
      const userId = await this.links.claimToken(manager, 'email_verification', hashSecretToken(token));
      if (!userId) throw linkInvalid();
      await this.users.markEmailVerified(manager, userId);
    });
  }

  /** Mails a fresh verification link to a signed-in user whose address is not verified yet. */
  async resendVerification(userId: string): Promise<void> {
    const user = await this.users.findById(userId);
    if (!user) throw linkInvalid();
    if (user.emailVerifiedAt) throw emailAlreadyVerified();
    const row = await this.dataSource.transaction((manager) => this.mails.queueVerification(manager, user));
    await this.mail.dispatch(row);
  }
}

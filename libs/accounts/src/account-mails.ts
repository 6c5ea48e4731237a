import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '@app/config';
import { emailVerificationMail, invitationMail, MailService, passwordResetMail, type MailOutbox } from '@app/mail';
import { AccountLinksRepository } from './account-links.repository.js';
import type { MemberRole } from './roles.js';
import { newSecretToken } from './secret-token.js';
import type { User } from './user.entity.js';

export const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
export const PASSWORD_RESET_TTL_MS = 3600 * 1000;
export const EMAIL_VERIFICATION_TTL_MS = 7 * 24 * 3600 * 1000;

/** The account mails with their single-use links; each is written in the caller's transaction. */
@Injectable()
export class AccountMails {
  constructor(
    private readonly config: AppConfig,
    private readonly links: AccountLinksRepository,
    private readonly mail: MailService,
  ) {}

  private link(path: string, token: string): string {
    return `${this.config.mail.publicUrl}/${path}/${token}`;
  }

  async queueVerification(manager: EntityManager, user: Pick<User, 'id' | 'email' | 'displayName'>): Promise<MailOutbox> {
    const { token, hash } = newSecretToken();
    await this.links.insertToken(manager, {
      userId: user.id,
      purpose: 'email_verification',
      tokenHash: hash,
      expiresAt: new Date(Date.now() + EMAIL_VERIFICATION_TTL_MS),
    });
    const mail = emailVerificationMail({
      displayName: user.displayName,
      link: this.link('verify-email', token),
      validHours: EMAIL_VERIFICATION_TTL_MS / 3600_000,
    });
    return this.mail.queue(manager, user.email, mail);
  }

  async queuePasswordReset(manager: EntityManager, user: Pick<User, 'id' | 'email' | 'displayName'>): Promise<MailOutbox> {
    const { token, hash } = newSecretToken();
    await this.links.insertToken(manager, {
      userId: user.id,
      purpose: 'password_reset',
      tokenHash: hash,
      expiresAt: new Date(Date.now() + PASSWORD_RESET_TTL_MS),
    });
    const mail = passwordResetMail({
      displayName: user.displayName,
      link: this.link('password-reset', token),
      validMinutes: PASSWORD_RESET_TTL_MS / 60_000,
    });
    return this.mail.queue(manager, user.email, mail);
  }

  async queueInvitation(
    manager: EntityManager,
    input: { organizationId: string; organizationName: string; inviterId: string; inviterName: string; email: string; role: MemberRole },
  ): Promise<{ mail: MailOutbox; invitationId: string; expiresAt: Date }> {
    const { token, hash } = newSecretToken();
    const expiresAt = new Date(Date.now() + INVITATION_TTL_MS);
    const invitation = await this.links.insertInvitation(manager, {
      organizationId: input.organizationId,
      email: input.email,
      role: input.role,
      tokenHash: hash,
      invitedBy: input.inviterId,
      expiresAt,
    });
    const mail = invitationMail({
      organizationName: input.organizationName,
      inviterName: input.inviterName,
      role: input.role,
      link: this.link('invitations', token),
      expiresAt,
    });
    return { mail: await this.mail.queue(manager, input.email, mail), invitationId: invitation.id, expiresAt };
  }
}

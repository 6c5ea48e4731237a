import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity.js';
import { Invitation } from './invitation.entity.js';
import type { MemberRole } from './roles.js';

/** Invitations and mailed single-use tokens; each is used by one UPDATE … RETURNING that checks it. */
@Injectable()
export class AccountLinksRepository {
  constructor(
    @InjectRepository(Invitation) private readonly invitations: Repository<Invitation>,
    @InjectRepository(AccountToken) private readonly tokens: Repository<AccountToken>,
  ) {}

  insertInvitation(
    manager: EntityManager,
    values: { organizationId: string; email: string; role: MemberRole; tokenHash: string; invitedBy: string; expiresAt: Date },
  ): Promise<Invitation> {
    const repo = manager.getRepository(Invitation);
    return repo.save(repo.create(values));
  }

  /** A usable invitation (not accepted, not expired) with its organization. */
  findUsableInvitation(tokenHash: string): Promise<Invitation | null> {
    return this.invitations
      .createQueryBuilder('i')
      .leftJoinAndSelect('i.organization', 'o')
      .where('i.tokenHash = :tokenHash AND i.acceptedAt IS NULL AND i.expiresAt > now()', { tokenHash })
      .getOne();
  }

  /** Marks the invitation accepted if it still can be; null when it cannot (used, expired, unknown). */
  async claimInvitation(
    manager: EntityManager,
    tokenHash: string,
  ): Promise<Pick<Invitation, 'id' | 'organizationId' | 'email' | 'role'> | null> {
    const [rows]: [{ id: string; organization_id: string; email: string; role: MemberRole }[], number] = await manager.query(
      `UPDATE invitations SET accepted_at = now()
        WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()
        RETURNING id, organization_id, email, role`,
      [tokenHash],
    );
    const row = rows[0];
    return row ? { id: row.id, organizationId: row.organization_id, email: row.email, role: row.role } : null;
  }

  async setAcceptedUser(manager: EntityManager, invitationId: string, userId: string): Promise<void> {
    await manager.getRepository(Invitation).update({ id: invitationId }, { acceptedUserId: userId });
  }

  pendingInvitations(organizationId: string): Promise<Invitation[]> {
    return this.invitations
      .createQueryBuilder('i')
      .where('i.organizationId = :organizationId AND i.acceptedAt IS NULL AND i.expiresAt > now()', { organizationId })
      .orderBy('i.createdAt', 'DESC')
      .getMany();
  }

  /**
   * Withdraws an invitation not yet accepted: the row goes, so its link answers LINK_INVALID like
   * an unknown one. Returns what was withdrawn, or null when nothing pending matched.
   */
  async deletePendingInvitation(
    manager: EntityManager,
    organizationId: string,
    invitationId: string,
  ): Promise<Pick<Invitation, 'id' | 'email' | 'role' | 'expiresAt'> | null> {
    const [rows]: [{ id: string; email: string; role: MemberRole; expires_at: Date }[], number] = await manager.query(
      `DELETE FROM invitations WHERE id = $1 AND organization_id = $2 AND accepted_at IS NULL
        RETURNING id, email, role, expires_at`,
      [invitationId, organizationId],
    );
    const row = rows[0];
    return row ? { id: row.id, email: row.email, role: row.role, expiresAt: new Date(row.expires_at) } : null;
  }

  insertToken(
    manager: EntityManager,
    values: { userId: string; purpose: AccountTokenPurpose; tokenHash: string; expiresAt: Date },
  ): Promise<AccountToken> {
    const repo = manager.getRepository(AccountToken);
    return repo.save(repo.create(values));
  }

  /** Uses the token once; every other unused token of the same user and purpose is spent with it. */
  async claimToken(manager: EntityManager, purpose: AccountTokenPurpose, tokenHash: string): Promise<string | null> {
    const [rows]: [{ user_id: string }[], number] = await manager.query(
      `UPDATE account_tokens SET used_at = now()
        WHERE token_hash = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now()
        RETURNING user_id`,
      [tokenHash, purpose],
    );
    const userId = rows[0]?.user_id;
    if (!userId) return null;
    await manager.query('UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [
      userId,
      purpose,
    ]);
    return userId;
  }
}

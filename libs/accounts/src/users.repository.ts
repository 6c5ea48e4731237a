import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, Repository } from 'typeorm';
import type { MemberRole, OrganizationType } from './roles.js';
import { User } from './user.entity.js';

export interface PrincipalRow {
  organizationId: string;
  orgRole: MemberRole;
  tokenVersion: number;
  disabled: boolean;
  emailVerified: boolean;
  orgType: OrganizationType;
  verified: boolean;
}

type NewUser = Pick<User, 'organizationId' | 'email' | 'passwordHash' | 'displayName' | 'orgRole'> & { emailVerifiedAt?: Date | null };

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly repo: Repository<User>) {}

  findById(id: string, manager: EntityManager = this.repo.manager): Promise<User | null> {
    return manager.getRepository(User).findOne({ where: { id }, relations: { organization: true } });
  }

  /**
   * What a request's principal is made of, in one small read without entity hydration: every
   * authenticated request makes it, so that disabling, revocation and role changes apply at once.
   * The reads of concurrent requests (those that ask in the same turn of the event loop) go out as
   * one query; each still sees what was committed when that query ran.
   */
  findPrincipal(id: string): Promise<PrincipalRow | null> {
    return this.principals.load(id);
  }

  private readonly principals = new DataLoader<string, PrincipalRow | null>((ids) => this.findPrincipals(ids), {
    cache: false,
    maxBatchSize: 200,
    batchScheduleFn: (send) => setImmediate(send),
  });

  private async findPrincipals(ids: readonly string[]): Promise<(PrincipalRow | null)[]> {
    const rows: (PrincipalRow & { id: string })[] = await this.repo.manager.query(
      `SELECT u.id, u.organization_id AS "organizationId", u.org_role AS "orgRole", u.token_version AS "tokenVersion",
              u.disabled_at IS NOT NULL AS disabled, u.email_verified_at IS NOT NULL AS "emailVerified",
              o.type AS "orgType", o.verified
         FROM users u JOIN organizations o ON o.id = u.organization_id
        WHERE u.id = ANY($1::uuid[])`,
      [[...new Set(ids)]],
    );
    const byId = new Map(rows.map(({ id, ...row }) => [id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** The only reads that select the password hash. */
  findForLogin(email: string): Promise<User | null> {
    return this.repo
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .leftJoinAndSelect('u.organization', 'o')
      .where('u.email = :email', { email })
      .getOne();
  }

  findWithPasswordById(id: string): Promise<User | null> {
    return this.repo.createQueryBuilder('u').addSelect('u.passwordHash').where('u.id = :id', { id }).getOne();
  }

  findByEmail(email: string): Promise<User | null> {
    return this.repo.findOneBy({ email });
  }

  existsByEmail(email: string): Promise<boolean> {
    return this.repo.existsBy({ email });
  }

  insert(manager: EntityManager, values: NewUser): Promise<User> {
    return manager.getRepository(User).save(manager.getRepository(User).create(values));
  }

  async insertIgnoringDuplicate(values: NewUser): Promise<boolean> {
    const result = await this.repo.createQueryBuilder().insert().values(values).orIgnore().execute();
    return (result.identifiers?.filter(Boolean).length ?? 0) > 0;
  }

  async touchLogin(id: string): Promise<void> {
    await this.repo.update({ id }, { lastLoginAt: () => 'now()' });
  }

  /** Revokes every token issued so far; returns the new version (undefined for an unknown user). */
  async bumpTokenVersion(manager: EntityManager | undefined, id: string): Promise<number | undefined> {
    const [rows]: [{ token_version: number }[], number] = await (manager ?? this.repo.manager).query(
      'UPDATE users SET token_version = token_version + 1, updated_at = now() WHERE id = $1 RETURNING token_version',
      [id],
    );
    return rows[0]?.token_version;
  }

  /** A new password revokes every earlier token; returns the new token version. */
  async setPassword(manager: EntityManager, id: string, passwordHash: string): Promise<number | undefined> {
    const [rows]: [{ token_version: number }[], number] = await manager.query(
      'UPDATE users SET password_hash = $2, token_version = token_version + 1, updated_at = now() WHERE id = $1 RETURNING token_version',
      [id, passwordHash],
    );
    return rows[0]?.token_version;
  }

  async markEmailVerified(manager: EntityManager | undefined, id: string): Promise<void> {
    await (manager ?? this.repo.manager).getRepository(User).update({ id, emailVerifiedAt: IsNull() }, { emailVerifiedAt: () => 'now()' });
  }

  listByOrganization(organizationId: string): Promise<User[]> {
    return this.repo.find({ where: { organizationId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findMember(manager: EntityManager, organizationId: string, userId: string): Promise<User | null> {
    return manager.getRepository(User).findOneBy({ id: userId, organizationId });
  }

  /** Active administrators of the organization other than `exceptUserId`. */
  countOtherActiveAdmins(manager: EntityManager, organizationId: string, exceptUserId: string): Promise<number> {
    return manager
      .getRepository(User)
      .createQueryBuilder('u')
      .where("u.organizationId = :organizationId AND u.orgRole = 'admin' AND u.disabledAt IS NULL AND u.id <> :exceptUserId", {
        organizationId,
        exceptUserId,
      })
      .getCount();
  }

  async setRole(manager: EntityManager, id: string, orgRole: User['orgRole']): Promise<void> {
    await manager.getRepository(User).update({ id }, { orgRole });
  }

  /**
   * Lets a disabled member sign in again. The token version is left as the disabling raised it,
   * so tokens issued before the member was disabled stay revoked.
   */
  async enable(manager: EntityManager, id: string): Promise<void> {
    await manager.query('UPDATE users SET disabled_at = NULL, updated_at = now() WHERE id = $1 AND disabled_at IS NOT NULL', [id]);
  }

  async disable(manager: EntityManager, id: string): Promise<void> {
    await manager.query(
      'UPDATE users SET disabled_at = coalesce(disabled_at, now()), token_version = token_version + 1, updated_at = now() WHERE id = $1',
      [id],
    );
  }
}

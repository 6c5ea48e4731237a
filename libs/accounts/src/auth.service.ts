import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { DataSource } from 'typeorm';
import { UnauthenticatedError, ValidationFailedError } from '@app/common';
import { accountDisabled, invalidCredentials, weakPassword } from './accounts.errors.js';
import { normalizeEmail } from './accounts.service.js';
import { PasswordHasher } from './password-hasher.js';
import { passwordProblems } from './password-policy.js';
import type { Principal } from './principal.js';
import { UsersRepository } from './users.repository.js';
import type { User } from './user.entity.js';

interface TokenPayload {
  sub: string;
  /** The user's token version when it was issued; tokens from before a logout, a password change or disabling fail. */
  ver?: number;
  /** Expiry, epoch seconds. */
  exp?: number;
}

/** How many checked tokens a process remembers before it starts afresh. */
const VERIFIED_TOKENS_KEPT = 10_000;

const INVALID_TOKEN = 'Invalid or expired token';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Injectable()
export class AuthService {
  private readonly verified = new Map<string, TokenPayload>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  /** Unknown email and wrong password fail the same way, in about the same time. */
  async login(email: string, password: string): Promise<{ accessToken: string; user: User }> {
    const user = await this.users.findForLogin(normalizeEmail(email));
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok) throw invalidCredentials();
    if (user.disabledAt) throw accountDisabled();
    await this.users.touchLogin(user.id);
    return { accessToken: await this.issueToken(user), user };
  }

  issueToken(user: Pick<User, 'id' | 'tokenVersion'>): Promise<string> {
    return this.jwt.signAsync({ sub: user.id, ver: user.tokenVersion } satisfies TokenPayload);
  }

  /** A token for the user as they are now (their current token version). */
  async tokenFor(userId: string): Promise<string> {
    const user = await this.users.findById(userId);
    if (!user) throw new UnauthenticatedError(INVALID_TOKEN);
    return this.issueToken(user);
  }

  /**
   * Reads the user and organization afresh, so role, verification, disabling and revocation
   * apply at once. Only HS256 is accepted (`alg: none` and other algorithms fail verification).
   */
  async principalFromToken(token: string): Promise<Principal> {
    const payload = await this.verify(token);
    const user = typeof payload.sub === 'string' && UUID.test(payload.sub) ? await this.users.findPrincipal(payload.sub) : null;
    if (!user || user.disabled) throw new UnauthenticatedError(INVALID_TOKEN);
    if ((payload.ver ?? 0) !== user.tokenVersion) throw new UnauthenticatedError(INVALID_TOKEN);
    return {
      userId: payload.sub as string,
      organizationId: user.organizationId,
      orgType: user.orgType,
      orgRole: user.orgRole,
      verified: user.verified,
      emailVerified: user.emailVerified,
    };
  }

  /**
   * The token's payload once its signature is checked. A token seen before is not checked again:
   * the same string verifies the same way every time (one key, HS256 only), so only its expiry is
   * looked at again. Revocation does not depend on this: the token version is read afresh.
   */
  private async verify(token: string): Promise<TokenPayload> {
    const seen = this.verified.get(token);
    if (seen && (seen.exp === undefined || seen.exp > Date.now() / 1000)) return seen;
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new UnauthenticatedError(INVALID_TOKEN);
    }
    if (this.verified.size >= VERIFIED_TOKENS_KEPT) this.verified.clear();
    this.verified.set(token, payload);
    return payload;
  }

  /** Signs the user out: every token issued to them so far stops working. */
  async logout(userId: string): Promise<void> {
    await this.users.bumpTokenVersion(undefined, userId);
  }

  /** Changes the password after checking the current one; other tokens stop working, a fresh one is returned. */
  async changePassword(userId: string, currentPassword: string, newPassword: string): Promise<{ accessToken: string }> {
    const user = await this.users.findWithPasswordById(userId);
    if (!user) throw new UnauthenticatedError(INVALID_TOKEN);
    if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
      throw ValidationFailedError.forField('currentPassword', '当前密码不正确');
    }
    const problems = passwordProblems(newPassword, user.email);
    if (problems.length > 0) throw weakPassword(problems, 'newPassword');
    const hash = await this.hasher.hash(newPassword);
    const tokenVersion = await this.dataSource.transaction((manager) => this.users.setPassword(manager, userId, hash));
    if (tokenVersion === undefined) throw new UnauthenticatedError(INVALID_TOKEN);
    return { accessToken: await this.issueToken({ id: userId, tokenVersion }) };
  }
}

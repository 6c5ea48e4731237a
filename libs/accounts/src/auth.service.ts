import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { UnauthenticatedError } from '@app/common';
import { invalidCredentials } from './accounts.errors.js';
import { normalizeEmail } from './accounts.service.js';
import { PasswordHasher } from './password-hasher.js';
import type { Principal } from './principal.js';
import { UsersRepository } from './users.repository.js';
import type { User } from './user.entity.js';

interface TokenPayload {
  sub: string;
}

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersRepository,
    private readonly hasher: PasswordHasher,
    private readonly jwt: JwtService,
  ) {}

  /** Unknown email and wrong password fail the same way, in about the same time. */
  async login(email: string, password: string): Promise<{ accessToken: string; user: User }> {
    const user = await this.users.findForLogin(normalizeEmail(email));
    const ok = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !ok) throw invalidCredentials();
    await this.users.touchLogin(user.id);
    return { accessToken: await this.issueToken(user.id), user };
  }

  issueToken(userId: string): Promise<string> {
    return this.jwt.signAsync({ sub: userId } satisfies TokenPayload);
  }

  /** Reads the user and organization afresh, so role and verification changes apply at once. */
  async principalFromToken(token: string): Promise<Principal> {
    let payload: TokenPayload;
    try {
      payload = await this.jwt.verifyAsync<TokenPayload>(token);
    } catch {
      throw new UnauthenticatedError('Invalid or expired token');
    }
    const user = typeof payload.sub === 'string' ? await this.users.findById(payload.sub) : null;
    if (!user?.organization) throw new UnauthenticatedError('Invalid or expired token');
    return {
      userId: user.id,
      organizationId: user.organizationId,
      orgType: user.organization.type,
      orgRole: user.orgRole,
      verified: user.organization.verified,
    };
  }
}

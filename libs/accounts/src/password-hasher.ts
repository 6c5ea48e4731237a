import { Injectable } from '@nestjs/common';
import { Algorithm, hash, verify } from '@node-rs/argon2';

/** argon2id with OWASP's recommended minimum cost (19 MiB, 2 passes, 1 lane). */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  /** Verified against when the email is unknown, so both failures take the same time. */
  private dummyHash?: Promise<string>;

  hash(password: string): Promise<string> {
    return hash(password, OPTIONS);
  }

  async verify(hashed: string | undefined, password: string): Promise<boolean> {
    const target = hashed ?? (await (this.dummyHash ??= hash('techmarket-timing-equaliser-1', OPTIONS)));
    const ok = await verify(target, password).catch(() => false);
    return ok && hashed !== undefined;
  }
}

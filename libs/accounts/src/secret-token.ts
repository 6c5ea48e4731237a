import { createHash, randomBytes } from 'node:crypto';

/** A mailed token: 32 random bytes in base64url (43 characters); the database keeps its SHA-256. */
export const newSecretToken = (): { token: string; hash: string } => {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashSecretToken(token) };
};

export const hashSecretToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export const SECRET_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

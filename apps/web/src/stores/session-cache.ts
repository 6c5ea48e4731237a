/**
 * This device's copy of who the caller is (`GET /me`), kept beside the token so that a returning
 * user's pages render at once instead of a round trip after the app's code; the copy is checked
 * against the api on every load (stores/auth.ts), and the api decides every request anyway. The
 * copy names the token it was read with (its signature's tail), so a copy from another session
 * on the same device is never shown.
 */
import type { Me } from '@/api/models';

export const ME_KEY = 'techmarket.me';

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

interface Cached {
  token: string;
  me: Me;
}

/** A token's fingerprint: the tail of its signature, unique per token without storing it twice. */
const fingerprint = (token: string) => token.slice(-24);

export function readCachedMe(storage: Storage, token: string | null): Me | null {
  if (!token) return null;
  try {
    const cached = JSON.parse(storage.getItem(ME_KEY) ?? 'null') as Cached | null;
    return cached && cached.token === fingerprint(token) && cached.me?.user && cached.me.org ? cached.me : null;
  } catch {
    return null;
  }
}

export function writeCachedMe(storage: Storage, token: string | null, me: Me | null): void {
  if (token && me) storage.setItem(ME_KEY, JSON.stringify({ token: fingerprint(token), me } satisfies Cached));
  else storage.removeItem(ME_KEY);
}

import type { Me } from '@/api/models';
import { ME_KEY, readCachedMe, writeCachedMe } from './session-cache.js';

class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem = (key: string) => this.items.get(key) ?? null;
  setItem = (key: string, value: string) => void this.items.set(key, value);
  removeItem = (key: string) => void this.items.delete(key);
}

const me = {
  user: { id: 'u1', email: 'kj@example.cn', displayName: '科技局', orgRole: 'admin', emailVerified: true },
  org: { id: 'o1', name: '县科技局', type: 'bureau' },
  role: 'bureau',
} as unknown as Me;
const token = 'header.payload.signature-of-the-first-session-aaaaaaaa';
const other = 'header.payload.signature-of-another-session-bbbbbbbbbb';

describe("this device's copy of the session", () => {
  it('gives back the copy for the token it was read with', () => {
    const storage = new MemoryStorage();
    writeCachedMe(storage, token, me);
    expect(readCachedMe(storage, token)).toEqual(me);
  });

  it('never shows a copy read with another token, nor one without a token', () => {
    const storage = new MemoryStorage();
    writeCachedMe(storage, token, me);
    expect(readCachedMe(storage, other)).toBeNull();
    expect(readCachedMe(storage, null)).toBeNull();
  });

  it('does not keep the token itself', () => {
    const storage = new MemoryStorage();
    writeCachedMe(storage, token, me);
    expect(storage.items.get(ME_KEY)).not.toContain(token);
  });

  it('forgets the copy when the session ends', () => {
    const storage = new MemoryStorage();
    writeCachedMe(storage, token, me);
    writeCachedMe(storage, null, null);
    expect(storage.items.has(ME_KEY)).toBe(false);
    expect(readCachedMe(storage, token)).toBeNull();
  });

  it('ignores a damaged or foreign copy', () => {
    const storage = new MemoryStorage();
    storage.setItem(ME_KEY, '{not json');
    expect(readCachedMe(storage, token)).toBeNull();
    storage.setItem(ME_KEY, JSON.stringify({ token: token.slice(-24), me: { role: 'bureau' } }));
    expect(readCachedMe(storage, token)).toBeNull();
  });
});

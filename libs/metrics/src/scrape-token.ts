import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether an Authorization header carries the scrape token (compared in constant time). */
export function carriesScrapeToken(header: string | string[] | undefined, token: string): boolean {
  if (typeof header !== 'string') return false;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) return false;
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(match[1]), digest(token));
}

import type { Principal } from '@app/accounts';
import { parseCookie, stringifySetCookie } from 'cookie';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

/** Where the queue dashboard is served, below the api's global prefix. */
export const QUEUE_BOARD_ROUTE = '/ops/queues';
export const QUEUE_BOARD_PATH = `/api/v1${QUEUE_BOARD_ROUTE}`;
/** A browser cannot send a bearer header when it opens a page: the session route puts the same token in this cookie. */
export const QUEUE_BOARD_COOKIE = 'techmarket_ops';

type PrincipalFromToken = (token: string) => Promise<Principal>;

/** The caller's token: the Authorization header as on every route, else the board's cookie. */
export function boardToken(req: Pick<Request, 'headers'>): string | undefined {
  const header = req.headers.authorization;
  if (typeof header === 'string') return /^Bearer\s+\S+$/i.test(header) ? header.split(/\s+/)[1] : undefined;
  const cookies = typeof req.headers.cookie === 'string' ? parseCookie(req.headers.cookie) : {};
  return cookies[QUEUE_BOARD_COOKIE] || undefined;
}

/**
 * The board's gate: the api's own token check (`AuthService.principalFromToken`, so a disabled
 * user or a revoked token is refused here as everywhere), bureau members only. Answers in the
 * api's error shape.
 */
export function queueBoardGate(principalFromToken: PrincipalFromToken): RequestHandler {
  const deny = (res: Response, status: 401 | 403, message: string) =>
    res.status(status).json({ statusCode: status, code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN', message });
  return (req: Request, res: Response, next: NextFunction) => {
    const token = boardToken(req);
    if (!token) return void deny(res, 401, 'Sign in as a bureau member to open the queue dashboard');
    principalFromToken(token).then(
      (principal) => {
        if (principal.orgType !== 'bureau') return deny(res, 403, 'Only bureau members may open the queue dashboard');
        res.setHeader('Cache-Control', 'no-store');
        next();
      },
      () => deny(res, 401, 'Invalid or expired token'),
    );
  };
}

/** The Set-Cookie value that lets the signed-in bureau member's browser open the board until the token expires. */
export function boardSessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return stringifySetCookie({
    name: QUEUE_BOARD_COOKIE,
    value: token,
    httpOnly: true,
    sameSite: 'strict',
    secure,
    path: QUEUE_BOARD_PATH,
    expires: expiresAt,
  });
}

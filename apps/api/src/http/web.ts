/**
 * Serves the built web front end (apps/web → dist/web) at `/`: hashed files under /assets are
 * cached for a year, index.html is revalidated on every load, and any other GET that is not
 * under /api (nor /metrics) and asks for HTML gets index.html so that the front end's routes survive a reload.
 * The build writes a Brotli and a gzip copy beside every text asset; express-static-gzip sends
 * the one the browser accepts (Brotli first) with `Content-Encoding` and `Vary: Accept-Encoding`,
 * so nothing is compressed per request.
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';

type ServeStaticOptions = NonNullable<NonNullable<Parameters<typeof expressStaticGzip>[1]>['serveStatic']>;

/** Static files from `dir`, each as its Brotli or gzip copy when there is one and the browser takes it. */
const precompressed = (dir: string, serveStatic: ServeStaticOptions) =>
  expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, ...serveStatic },
  });

export function mountWeb(app: NestExpressApplication, webDir: string): boolean {
  const dir = resolve(webDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use('/assets', precompressed(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  const files = precompressed(dir, { setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  app.use(files);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/') || req.path === '/metrics') return next();
    if (extname(req.path) !== '' || !req.accepts('html')) return next();
    // A page URL of the front end: the (pre-compressed) index.html.
    const original = req.url;
    req.url = '/index.html';
    files(req, res, (error?: unknown) => {
      req.url = original;
      next(error);
    });
  });
  return true;
}

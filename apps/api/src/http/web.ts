/**
 * Serves the built web front end (apps/web → dist/web) at `/`: hashed files under /assets are
 * cached for a year, index.html is revalidated on every load, and any other GET that is not
 * under /api and asks for HTML gets index.html so that the front end's routes survive a reload.
 */
import { existsSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

export function mountWeb(app: NestExpressApplication, webDir: string): boolean {
  const dir = resolve(webDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.useStaticAssets(join(dir, 'assets'), { prefix: '/assets/', immutable: true, maxAge: '365d', index: false, fallthrough: false });
  app.useStaticAssets(dir, {
    index: false,
    setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache'),
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (req.path === '/api' || req.path.startsWith('/api/')) return next();
    if (extname(req.path) !== '' || !req.accepts('html')) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
  return true;
}

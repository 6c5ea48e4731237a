/**
 * Serves the built web front end (apps/web → dist/web) at `/`: hashed files under /assets are
 * cached for a year, index.html is revalidated on every load, and any other GET that is not
 * under /api (nor /metrics) and asks for HTML gets index.html so that the front end's routes survive a reload.
 * The build writes a Brotli and a gzip copy beside every text asset; express-static-gzip sends
 * the one the browser accepts (Brotli first) with `Content-Encoding` and `Vary: Accept-Encoding`,
 * so nothing is compressed per request. A page whose content the api knows (`WebOptions.content`:
 * a published listing) gets index.html with its title, description and words written in,
 * compressed as it is sent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import expressStaticGzip from 'express-static-gzip';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

type ServeStaticOptions = NonNullable<NonNullable<Parameters<typeof expressStaticGzip>[1]>['serveStatic']>;

/** Static files from `dir`, each as its Brotli or gzip copy when there is one and the browser takes it. */
const precompressed = (dir: string, serveStatic: ServeStaticOptions) =>
  expressStaticGzip(dir, {
    enableBrotli: true,
    orderPreference: ['br', 'gzip'],
    index: false,
    serveStatic: { index: false, ...serveStatic },
  });

/** A page's own words, written into its HTML: document title, meta description, and markup for the page (escaped by the caller). */
export interface PageContent {
  title: string;
  description: string;
  body: string;
}

export interface WebOptions {
  /** The content of the page at this path, or null to serve the plain page. */
  content?: (path: string) => Promise<PageContent | null>;
}

export function mountWeb(app: NestExpressApplication, webDir: string, options: WebOptions = {}): boolean {
  const dir = resolve(webDir);
  const index = join(dir, 'index.html');
  if (!existsSync(index)) return false;
  app.use('/assets', precompressed(join(dir, 'assets'), { immutable: true, maxAge: '365d', fallthrough: false }));
  const html = readFileSync(index, 'utf8');
  const files = precompressed(dir, { setHeaders: (res) => res.setHeader('Cache-Control', 'no-cache') });
  // The api's own routes never look for a file (a stat() per request otherwise).
  app.use((req: Request, res: Response, next: NextFunction) => (isApiPath(req.path) ? next() : files(req, res, next)));
  app.use(async (req: Request, res: Response, next: NextFunction) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (isApiPath(req.path)) return next();
    if (extname(req.path) !== '' || !req.accepts('html')) return next();
    const content = options.content ? await options.content(req.path).catch(() => null) : null;
    if (content) return sendHtml(req, res, encodings(withContent(html, content)));
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

const isApiPath = (path: string) => path === '/api' || path.startsWith('/api/') || path === '/metrics';

/** One HTML document in each encoding, with its entity tag. */
interface Encoded {
  etag: string;
  br: Buffer;
  gzip: Buffer;
  identity: Buffer;
}

/** HTML text and attribute values: `&`, `<`, `>`, `"` and `'` escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The document in each encoding (compressed quickly: it is written per request), with its entity tag. */
function encodings(html: string): Encoded {
  const identity = Buffer.from(html);
  return {
    etag: `"${createHash('sha256').update(identity).digest('base64url').slice(0, 27)}"`,
    identity,
    br: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 5 } }),
    gzip: gzipSync(identity, { level: 6 }),
  };
}

/** The page's title and description in the head, and its markup as the page's main content after the header the HTML paints first. */
export function withContent(html: string, content: PageContent): string {
  return html
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(content.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      () => `<meta name="description" content="${escapeHtml(content.description)}" />`,
    )
    .replace(/<\/header>/, () => `</header><main id="main">${content.body}</main>`);
}

function sendHtml(req: Request, res: Response, page: Encoded): void {
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Cache-Control', 'no-cache');
  res.setHeader('Vary', 'Accept-Encoding');
  res.setHeader('ETag', page.etag);
  if (req.fresh) {
    res.status(304).end();
    return;
  }
  // Brotli first whenever the browser takes it, as for the static files.
  const accepted = new Set(req.acceptsEncodings());
  const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : 'identity';
  if (encoding !== 'identity') res.setHeader('Content-Encoding', encoding);
  const body = page[encoding];
  res.setHeader('Content-Length', String(body.length));
  if (req.method === 'HEAD') res.end();
  else res.end(body);
}

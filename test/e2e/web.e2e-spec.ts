import type { INestApplication } from '@nestjs/common';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { App } from 'supertest/types.js';
import { demandBody } from '../../libs/listings/test/listings.factory.js';
import { createCallers, type CallerSet } from '../helpers/callers.js';
import { api, bearer, createTestApp } from '../helpers/test-app.js';

/** The api serving the built web front end: hashed assets, SPA fallback, compression, the api untouched. */
describe('web front end served by the api (e2e)', () => {
  let app: INestApplication<App>;
  let webDir: string;
  const INDEX =
    '<!doctype html><html lang="zh-CN"><head><meta name="description" content="青岚县网上技术市场" /><title>青岚网上技术市场</title></head>' +
    '<body><div id="app"><header class="top"></header></div><script type="module" src="/assets/index-AbC123.js"></script></body></html>';
  const LISTING = '/demands/0a1b2c3d-0000-4000-8000-000000000001';
  // A script large enough to be worth compressing, with its build-time Brotli and gzip copies.
  const SCRIPT = `console.log(${JSON.stringify('青岚网上技术市场 '.repeat(400))});`;
  const BR = brotliCompressSync(SCRIPT);
  const GZ = gzipSync(SCRIPT);

  beforeAll(async () => {
    webDir = mkdtempSync(join(tmpdir(), 'techmarket-web-'));
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'index.html'), INDEX);
    writeFileSync(join(webDir, 'index.html.br'), brotliCompressSync(INDEX));
    writeFileSync(join(webDir, 'index.html.gz'), gzipSync(INDEX));
    writeFileSync(join(webDir, 'assets', 'index-AbC123.js'), 'console.log("techmarket")');
    writeFileSync(join(webDir, 'assets', 'vendor-XyZ789.js'), SCRIPT);
    writeFileSync(join(webDir, 'assets', 'vendor-XyZ789.js.br'), BR);
    writeFileSync(join(webDir, 'assets', 'vendor-XyZ789.js.gz'), GZ);
    writeFileSync(join(webDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    app = await createTestApp({ WEB_DIR: webDir });
  });

  afterAll(async () => {
    await app.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('serves index.html at / and revalidates it on every load', async () => {
    const res = await api(app).get('/').set('accept', 'text/html').expect(200);
    expect(res.text).toBe(INDEX);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers a front-end route with index.html so a reload keeps the page', async () => {
    const res = await api(app).get('/bureau/dashboard').set('accept', 'text/html,application/xhtml+xml').expect(200);
    expect(res.text).toBe(INDEX);
  });

  it('caches hashed assets for a year as immutable', async () => {
    const res = await api(app).get('/assets/index-AbC123.js').expect(200);
    expect(res.text).toContain('techmarket');
    expect(res.headers['cache-control']).toContain('max-age=31536000');
    expect(res.headers['cache-control']).toContain('immutable');
  });

  it('answers 404 for a missing asset instead of the page', async () => {
    const res = await api(app).get('/assets/missing-123.js').expect(404);
    expect(res.text).not.toContain('<div id="app">');
  });

  it('leaves the api alone: unknown api routes still answer the JSON error', async () => {
    const res = await api(app).get('/api/v1/no-such-route').set('accept', 'text/html').expect(404);
    expect(res.body).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    await api(app).get('/api/v1/health').expect(200);
  });

  it('serves other top-level files of the build', async () => {
    const res = await api(app).get('/favicon.svg').expect(200);
    expect(res.headers['content-type']).toContain('image/svg+xml');
    expect(res.headers['cache-control']).toBe('no-cache');
  });

  describe('listing pages', () => {
    it('writes a published listing into its page: title, meta description and text, escaped', async () => {
      const callers: CallerSet = await createCallers(app);
      const body = demandBody({
        title: '茶叶杀青<script>alert(1)</script>求工艺',
        description: '滚筒杀青机出叶发黄 & 打卷，"夏秋茶"尤甚。\n第二段：<img src=x onerror=alert(1)>',
      });
      const created = await api(app).post('/api/v1/demands').set(bearer(callers.tokens.enterprise)).send(body).expect(201);
      const path = `/demands/${created.body.id}`;
      // Pending: the page is the plain one (the app shows the owner's view or its 404).
      const pending = await api(app).get(path).set('accept', 'text/html').set('accept-encoding', 'identity').expect(200);
      expect(pending.text).toBe(INDEX);
      await api(app).post(`/api/v1/demands/${created.body.id}/approve`).set(bearer(callers.tokens.bureau)).expect(200);

      const res = await api(app).get(path).set('accept', 'text/html').set('accept-encoding', 'br').expect(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      const html = res.text;
      expect(html).toContain('<title>茶叶杀青&lt;script&gt;alert(1)&lt;/script&gt;求工艺 · 青岚网上技术市场</title>');
      expect(html).toContain(
        '<meta name="description" content="滚筒杀青机出叶发黄 &amp; 打卷，&quot;夏秋茶&quot;尤甚。 第二段：&lt;img src=x onerror=alert(1)&gt;" />',
      );
      expect(html).toContain('<h1 class="page-title">茶叶杀青&lt;script&gt;alert(1)&lt;/script&gt;求工艺</h1>');
      expect(html).toContain(
        '<p class="prerendered-text">滚筒杀青机出叶发黄 &amp; 打卷，&quot;夏秋茶&quot;尤甚。\n第二段：&lt;img src=x onerror=alert(1)&gt;</p>',
      );
      expect(html).not.toMatch(/<script>alert|<img src=x/);
      // One head title and description, and the page after the header the HTML paints first.
      expect(html).toContain('<header class="top"></header><main id="main"><div class="page"><article class="card prerendered">');
      expect(html.match(/<title>/g)).toHaveLength(1);
      expect(html.match(/name="description"/g)).toHaveLength(1);
      // Revalidation: the same page answers 304 until the listing changes.
      await api(app).get(path).set('accept', 'text/html').set('if-none-match', res.headers.etag).expect(304);
      const gz = await api(app).get(path).set('accept', 'text/html').set('accept-encoding', 'gzip').expect(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.headers['vary']).toMatch(/accept-encoding/i);
      expect(gz.text).toBe(html);
      const plain = await api(app).get(path).set('accept', 'text/html').set('accept-encoding', 'identity').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.headers['content-security-policy']).toContain("script-src 'self'");
      expect(plain.text).toBe(html);

      await api(app).post(`/api/v1/demands/${created.body.id}/close`).set(bearer(callers.tokens.enterprise)).expect(200);
      const closed = await api(app).get(path).set('accept', 'text/html').set('accept-encoding', 'identity').expect(200);
      expect(closed.text).toBe(INDEX);
    });

    it('leaves other pages, unknown listings and URLs that only look like one with the plain index.html', async () => {
      for (const path of ['/demands/new', '/demands/123', `${LISTING}`, `${LISTING}/edit`, '/']) {
        const res = await api(app).get(path).set('accept', 'text/html').set('accept-encoding', 'identity').expect(200);
        expect(res.text).toBe(INDEX);
      }
    });
  });

  describe('compression', () => {
    it('sends the pre-compressed Brotli copy of an asset to a browser that accepts it, still cached as immutable', async () => {
      const res = await api(app).get('/assets/vendor-XyZ789.js').set('accept-encoding', 'gzip, deflate, br').expect(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['content-length']).toBe(String(BR.length));
      expect(res.headers['content-type']).toMatch(/javascript/);
      expect(res.headers['cache-control']).toContain('immutable');
      expect(res.text).toBe(SCRIPT);
    });

    it('sends the gzip copy when the browser accepts only gzip', async () => {
      const res = await api(app).get('/assets/vendor-XyZ789.js').set('accept-encoding', 'gzip').expect(200);
      expect(res.headers['content-encoding']).toBe('gzip');
      expect(res.headers['content-length']).toBe(String(GZ.length));
      expect(res.text).toBe(SCRIPT);
    });

    it('sends the plain file when the browser accepts no compression', async () => {
      const res = await api(app).get('/assets/vendor-XyZ789.js').set('accept-encoding', 'identity').expect(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
      expect(res.headers['content-length']).toBe(String(Buffer.byteLength(SCRIPT)));
    });

    it('sends the pre-compressed index.html for a front-end route', async () => {
      const res = await api(app).get('/demands/123').set('accept', 'text/html').set('accept-encoding', 'br').expect(200);
      expect(res.headers['content-encoding']).toBe('br');
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.text).toBe(INDEX);
    });

    it('compresses JSON answers above 1 KiB with Brotli or gzip, as the client accepts', async () => {
      const br = await api(app).get('/api/docs-json').set('accept-encoding', 'br').expect(200);
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['vary']).toMatch(/accept-encoding/i);
      expect(br.body.openapi).toMatch(/^3\./);
      const gz = await api(app).get('/api/docs-json').set('accept-encoding', 'gzip').expect(200);
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gz.body).toEqual(br.body);
      const plain = await api(app).get('/api/docs-json').set('accept-encoding', 'identity').expect(200);
      expect(plain.headers['content-encoding']).toBeUndefined();
    });

    it('leaves small JSON answers uncompressed but still says they vary by encoding', async () => {
      const res = await api(app).get('/api/v1/health').set('accept-encoding', 'br, gzip').expect(200);
      expect(res.headers['content-encoding']).toBeUndefined();
      expect(res.headers['vary']).toMatch(/accept-encoding/i);
    });
  });
});

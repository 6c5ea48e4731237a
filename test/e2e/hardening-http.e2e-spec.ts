import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('HTTP hardening (e2e)', () => {
  const apps: INestApplication<App>[] = [];
  const start = async (env: Record<string, string> = {}) => {
    const app = await createTestApp(env);
    apps.push(app);
    return app;
  };
  afterAll(async () => {
    await Promise.all(apps.map((a) => a.close()));
  });

  describe('Content-Security-Policy', () => {
    it('allows inline scripts and styles under /api/docs only', async () => {
      const app = await start();
      const docs = await api(app).get('/api/docs/').expect(200);
      expect(docs.headers['content-security-policy']).toContain("script-src 'self' 'unsafe-inline'");
      for (const path of ['/api/v1/health', '/api/v1/regions', '/api/docs-json', '/api/v1/no-such-route']) {
        const policy = (await api(app).get(path)).headers['content-security-policy'];
        expect(policy).toContain("script-src 'self'");
        expect(policy).not.toContain('unsafe-inline');
      }
    });
  });

  describe('Swagger UI', () => {
    it('is off in production', async () => {
      const app = await start({ NODE_ENV: 'production' });
      await api(app).get('/api/docs/').expect(404);
      await api(app).get('/api/docs-json').expect(404);
      await api(app).get('/api/v1/health').expect(200);
    });

    it('is on in production with SWAGGER=true', async () => {
      const app = await start({ NODE_ENV: 'production', SWAGGER: 'true' });
      await api(app).get('/api/docs/').expect(200);
      await api(app).get('/api/docs-json').expect(200);
    });
  });
});

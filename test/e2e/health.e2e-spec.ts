import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'supertest/types.js';
import { startLocalMeili, type LocalMeili } from '@app/search';
import { bureauToken } from '../helpers/bureau.js';
import { api, createTestApp } from '../helpers/test-app.js';

describe('GET /health (e2e)', () => {
  let app: INestApplication<App>;
  let meili: LocalMeili;
  let dataDir: string;

  beforeAll(async () => {
    // A Meilisearch of this suite's own: stopping the run's shared one would break other suites.
    dataDir = mkdtempSync(join(tmpdir(), 'techmarket-health-meili-'));
    meili = await startLocalMeili({ dataDir, masterKey: 'health-test-master-key' });
    app = await createTestApp({ MEILI_URL: meili.url, MEILI_MASTER_KEY: meili.masterKey });
  });

  afterAll(async () => {
    await app.close();
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers 200 with every check up', async () => {
    const res = await api(app).get('/api/v1/health').expect(200);
    expect(res.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, redis: { status: 'up' }, search: { status: 'up' } },
    });
  });

  it('answers 503 naming search when Meilisearch is stopped, with the reason for the bureau only', async () => {
    const bureau = await bureauToken(app);
    await meili.stop();
    const res = await api(app).get('/api/v1/health').expect(503);
    expect(res.body).toEqual({
      status: 'error',
      checks: { database: { status: 'up' }, redis: { status: 'up' }, search: { status: 'down' } },
    });
    const detailed = await api(app).get('/api/v1/health').set('Authorization', `Bearer ${bureau}`).expect(503);
    expect(detailed.body.checks.search).toEqual({ status: 'down', message: expect.any(String) });
    expect(detailed.body.checks.database).toEqual({ status: 'up' });
  });
});

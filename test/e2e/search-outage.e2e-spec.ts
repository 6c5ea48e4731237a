import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'supertest/types.js';
import { startLocalMeili, type LocalMeili } from '@app/search';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import { bureauToken } from '../helpers/bureau.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { bearer, eventually, registerMember, startWorker, type Member } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * Meilisearch stops in the middle of a stream of listing writes: every write still succeeds,
 * and once Meilisearch is back the indexes equal PostgreSQL's published listings exactly,
 * as `npm run cli -- index:check` reports.
 */
describe('search outage during listing writes (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let meili: LocalMeili;
  let dataDir: string;
  let env: Record<string, string>;
  let bureau: string;
  let enterprise: Member;
  let institution: Member;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'techmarket-outage-meili-'));
    meili = await startLocalMeili({ dataDir, masterKey: 'outage-test-master-key' });
    const isolated = await createIsolatedDatabase('outage');
    drop = isolated.drop;
    env = {
      ...isolated.env,
      MEILI_URL: meili.url,
      MEILI_MASTER_KEY: meili.masterKey,
      LISTINGS_OUTBOX_SWEEP_SECONDS: '1',
      LISTINGS_OUTBOX_STALE_SECONDS: '2',
    };
    app = await createTestApp(env);
    worker = await startWorker(env);
    bureau = await bureauToken(app);
    [enterprise, institution] = await Promise.all([registerMember(app, 'enterprise'), registerMember(app, 'institution')]);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await meili.stop();
    rmSync(dataDir, { recursive: true, force: true });
    await drop();
  });

  const indexCheck = (): Promise<{
    code: number | null;
    report: { clean: boolean; indexes: { missing: string[]; extra: string[]; stale: string[]; published: number }[] };
  }> =>
    new Promise((resolve, reject) => {
      const child = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'index:check', '--json'], {
        env: { ...process.env, ...env, LOG_LEVEL: 'silent' } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout.on('data', (c: Buffer) => (out += c.toString()));
      child.once('exit', (code) => {
        try {
          resolve({ code, report: JSON.parse(out.trim().split('\n').pop() || '{}') });
        } catch (error) {
          reject(error);
        }
      });
    });

  /** One round of writes: new listings approved, one edited back to review, one closed. */
  const writeRound = async (round: number) => {
    const statuses: number[] = [];
    const created: { kind: 'demands' | 'outcomes'; id: string }[] = [];
    for (let i = 0; i < 4; i++) {
      const demand = await api(app)
        .post('/api/v1/demands')
        .set(bearer(enterprise.token))
        .send(demandBody({ title: `第${round}轮需求${i}：茶叶烘干后发霉，求防霉工艺` }));
      const outcome = await api(app)
        .post('/api/v1/outcomes')
        .set(bearer(institution.token))
        .send(outcomeBody({ title: `第${round}轮成果${i}：低温防霉烘干技术` }));
      statuses.push(demand.status, outcome.status);
      created.push({ kind: 'demands', id: demand.body.id }, { kind: 'outcomes', id: outcome.body.id });
    }
    for (const { kind, id } of created) statuses.push((await api(app).post(`/api/v1/${kind}/${id}/approve`).set(bearer(bureau))).status);
    statuses.push(
      (await api(app).patch(`/api/v1/demands/${created[0].id}`).set(bearer(enterprise.token)).send({ budgetMax: '300000.00' })).status,
    );
    statuses.push((await api(app).post(`/api/v1/outcomes/${created[1].id}/close`).set(bearer(institution.token))).status);
    return statuses;
  };

  it('accepts every write while Meilisearch is down, and the index equals PostgreSQL once it is back', async () => {
    const before = await writeRound(1);
    await meili.stop();
    const during = await writeRound(2);
    const duringMore = await writeRound(3);
    expect([...before, ...during, ...duringMore].every((s) => s >= 200 && s < 300)).toBe(true);

    const down = await indexCheck();
    expect(down.code).not.toBe(0); // the check cannot pass while the index is unreachable

    meili = await startLocalMeili({ dataDir, masterKey: meili.masterKey, port: meili.port });
    const { code, report } = await eventually(
      async () => {
        const result = await indexCheck();
        expect(result.code).toBe(0);
        return result;
      },
      150_000,
      1000,
    );
    expect(code).toBe(0);
    expect(report.clean).toBe(true);
    // 3 rounds × 4 each of demands and outcomes approved; per round one demand went back to review, one outcome was closed.
    expect(report.indexes.map((i) => i.published)).toEqual([9, 9]);
  });
});

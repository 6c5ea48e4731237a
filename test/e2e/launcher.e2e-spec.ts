import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { simpleParser } from 'mailparser';
import { dropDatabase } from '@app/database';
import { freePort } from '@app/search';
import { DEMO_BUREAU } from '../../apps/cli/src/seed/demo-data.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';

/** `npm start`'s launcher as a newcomer runs it: fresh database, its own Meilisearch, Ctrl-C at the end. */
describe('launcher (e2e)', () => {
  let launcher: ChildProcess;
  let output = '';
  let base: string;
  let databaseUrl: string;
  let dataDir: string;

  const descendants = (pid: number): number[] => {
    const out = execFileSync('ps', ['-e', '-o', 'pid=,ppid=']).toString();
    const rows = out
      .trim()
      .split('\n')
      .map((l) => l.trim().split(/\s+/).map(Number));
    const found: number[] = [];
    const walk = (parent: number) => rows.filter(([, ppid]) => ppid === parent).forEach(([child]) => (found.push(child), walk(child)));
    walk(pid);
    return found;
  };
  const alive = (pid: number) => {
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  };

  beforeAll(async () => {
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    dataDir = mkdtempSync(join(tmpdir(), 'techmarket-launcher-'));
    const db = new URL(process.env.DATABASE_URL!);
    db.pathname = `/techmarket_launch_${randomBytes(4).toString('hex')}`;
    databaseUrl = db.toString();
    const env: Record<string, string | undefined> = {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      DATA_DIR: dataDir,
      REDIS_PREFIX: `${process.env.REDIS_PREFIX}_launch`,
      MEILI_URL: `http://127.0.0.1:${await freePort()}`,
      LOG_LEVEL: 'warn',
      LOG_PRETTY: 'false',
      NODE_ENV: 'development',
      BUREAU_ADMIN_EMAIL: undefined,
      BUREAU_ADMIN_PASSWORD: undefined,
      MEILI_INDEX_PREFIX: undefined,
      LAUNCHER_START_MEILI: 'true',
      // The launcher's own mail catcher, not the test run's.
      SMTP_URL: undefined,
    };
    launcher = spawn(process.execPath, ['dist/scripts/launcher.js'], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    launcher.stdout!.on('data', (c: Buffer) => (output += c.toString()));
    launcher.stderr!.on('data', (c: Buffer) => (output += c.toString()));
    const deadline = Date.now() + 90_000;
    while (!output.includes('techmarket is running')) {
      if (launcher.exitCode !== null || Date.now() > deadline) throw new Error(`launcher did not start:\n${output}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }, 100_000);

  afterAll(async () => {
    if (launcher.exitCode === null) launcher.kill('SIGKILL');
    await dropDatabase(databaseUrl);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('serves a healthy api and the Swagger UI', async () => {
    const health = await fetch(`${base}/api/v1/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    const docs = await fetch(`${base}/api/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('swagger');
    const spec = await fetch(`${base}/api/docs-json`);
    expect(((await spec.json()) as { paths: object }).paths).toHaveProperty(['/api/v1/auth/login']);
  });

  it('prints the demo bureau user, who can log in', async () => {
    expect(output).toContain(DEMO_BUREAU.email);
    const res = await fetch(`${base}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: DEMO_BUREAU.email, password: DEMO_BUREAU.password }),
    });
    expect(res.status).toBe(200);
    const { accessToken } = (await res.json()) as { accessToken: string };
    const me = await fetch(`${base}/api/v1/me`, { headers: { authorization: `Bearer ${accessToken}` } });
    expect(((await me.json()) as { role: string }).role).toBe('bureau');
  });

  it('seeds recorded deals enough that price guidance gives ranges for common field/stage/mode combinations', async () => {
    const combinations = [
      { field: 'modern_agriculture', stage: 'pilot', mode: 'license' },
      { field: 'modern_agriculture', stage: 'industrial', mode: 'service' },
      { field: 'advanced_manufacturing', stage: 'pilot', mode: 'license' },
      { field: 'electronics', stage: 'pilot', mode: 'transfer' },
    ];
    for (const combination of combinations) {
      const res = await fetch(`${base}/api/v1/price-guidance?${new URLSearchParams(combination)}`);
      expect(res.status).toBe(200);
      const body = (await res.json()) as { n: number; insufficient: boolean; p25: string; median: string; p75: string };
      expect({ ...combination, insufficient: body.insufficient }).toEqual({ ...combination, insufficient: false });
      expect(body.n).toBeGreaterThanOrEqual(5);
      expect(Number(body.p25)).toBeLessThanOrEqual(Number(body.median));
      expect(Number(body.median)).toBeLessThanOrEqual(Number(body.p75));
    }
    // A combination the demo has no contracts of still answers with the count only.
    const none = await fetch(`${base}/api/v1/price-guidance?field=biomedicine&stage=lab&mode=consulting`);
    expect(await none.json()).toMatchObject({ n: 0, insufficient: true });
  });

  it('catches the mail the market sends in DATA_DIR/mail and says so', async () => {
    expect(output).toMatch(/Mail\s+.*mail\/\*\.eml/);
    const email = `launch.${randomBytes(3).toString('hex')}@example.cn`;
    const res = await fetch(`${base}/api/v1/auth/register`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(registerBody({ email })),
    });
    expect(res.status).toBe(201);
    const dir = join(dataDir, 'mail');
    const deadline = Date.now() + 30_000;
    let found: string | undefined;
    while (!found && Date.now() < deadline) {
      found = existsSync(dir) ? readdirSync(dir).find((f) => readFileSync(join(dir, f), 'latin1').includes(email)) : undefined;
      if (!found) await new Promise((r) => setTimeout(r, 200));
    }
    expect(found).toMatch(/\.eml$/);
    const mail = await simpleParser(readFileSync(join(dir, found!)));
    expect(mail.subject).toContain('验证');
    expect(mail.text).toMatch(/\/verify-email\/[A-Za-z0-9_-]{43}/);
  });

  it('stops every child on Ctrl-C', async () => {
    const children = descendants(launcher.pid!);
    expect(children.length).toBeGreaterThanOrEqual(3); // meilisearch, worker, api
    const exited = new Promise<number | null>((resolve) => launcher.once('exit', (code) => resolve(code)));
    launcher.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(children.filter(alive)).toEqual([]);
  }, 30_000);
});

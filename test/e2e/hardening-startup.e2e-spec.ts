import { jest } from '@jest/globals';
import { spawn } from 'node:child_process';
import { freePort } from '@app/search';

const DEV_JWT_SECRET = 'techmarket-dev-jwt-secret-change-me-0123456789';
const DEV_MEILI_MASTER_KEY = 'techmarket-dev-master-key-change-me';

/** A process that must refuse to start: its exit code and output, or `running` when it did not stop within the time. */
function run(
  script: string,
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
): Promise<{ code: number | 'running'; output: string }> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const [key, value] of Object.entries(env)) {
    if (value === undefined) delete childEnv[key];
    else childEnv[key] = value;
  }
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [script], { env: childEnv, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve({ code: 'running', output });
    }, timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: code ?? 1, output });
    });
  });
}

/** The secrets outside tests and a loopback-only development start (the started, built processes). */
describe('start-up secrets (e2e)', () => {
  // A process loads every module before it validates; on a busy machine that takes a while.
  jest.setTimeout(90_000);
  let port: string;
  beforeAll(async () => {
    port = String(await freePort());
  });
  const production = () => ({ NODE_ENV: 'production', PORT: port, MEILI_MASTER_KEY: 'a-production-meilisearch-key-01' });

  it.each(['api', 'worker'])('stops the %s in production without JWT_SECRET, naming it', async (app) => {
    const { code, output } = await run(`dist/apps/${app}/src/main.js`, { ...production(), JWT_SECRET: undefined });
    expect(code).not.toBe(0);
    expect(code).not.toBe('running');
    expect(output).toMatch(/JWT_SECRET is required/);
  });

  it.each(['api', 'worker'])('stops the %s in production on the development JWT_SECRET, naming it', async (app) => {
    const { code, output } = await run(`dist/apps/${app}/src/main.js`, { ...production(), JWT_SECRET: DEV_JWT_SECRET });
    expect(code).not.toBe(0);
    expect(code).not.toBe('running');
    expect(output).toMatch(/JWT_SECRET must not be the development constant/);
  });

  it('stops the api in production on the development Meilisearch key, naming it', async () => {
    const { code, output } = await run('dist/apps/api/src/main.js', {
      ...production(),
      JWT_SECRET: 'a-production-jwt-secret-of-32-characters-or-more',
      MEILI_MASTER_KEY: DEV_MEILI_MASTER_KEY,
    });
    expect(code).not.toBe(0);
    expect(code).not.toBe('running');
    expect(output).toMatch(/MEILI_MASTER_KEY must not be the development constant/);
  });

  it('stops a development api that listens beyond loopback without its own secrets', async () => {
    const { code, output } = await run('dist/apps/api/src/main.js', {
      NODE_ENV: 'development',
      HOST: '0.0.0.0',
      PORT: port,
      JWT_SECRET: undefined,
      MEILI_MASTER_KEY: undefined,
    });
    expect(code).not.toBe(0);
    expect(code).not.toBe('running');
    expect(output).toContain('JWT_SECRET');
    expect(output).toContain('MEILI_MASTER_KEY');
  });
});

import { spawn } from 'node:child_process';
import { freePort } from '@app/search';

/** What a newcomer sees when configuration or services are wrong: one clear message, exit 1. */
describe('start-up errors (e2e)', () => {
  const run = (script: string, env: Record<string, string>): Promise<{ code: number | null; output: string }> =>
    new Promise((resolve) => {
      const child = spawn(process.execPath, [script], {
        env: { ...process.env, ...env } as NodeJS.ProcessEnv,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout.on('data', (c: Buffer) => (output += c.toString()));
      child.stderr.on('data', (c: Buffer) => (output += c.toString()));
      child.once('exit', (code) => resolve({ code, output }));
    });

  it('stops the api with one message listing every bad variable', async () => {
    const { code, output } = await run('dist/apps/api/src/main.js', { PORT: 'eighty', JWT_SECRET: 'short', REDIS_URL: 'http://nope' });
    expect(code).toBe(1);
    expect(output).toContain('Invalid environment configuration');
    for (const name of ['PORT', 'JWT_SECRET', 'REDIS_URL']) expect(output).toContain(name);
  });

  it('stops the worker the same way', async () => {
    const { code, output } = await run('dist/apps/worker/src/main.js', { DATABASE_URL: 'mysql://x' });
    expect(code).toBe(1);
    expect(output).toContain('DATABASE_URL');
  });

  it('tells a newcomer when PostgreSQL is missing, naming the variable', async () => {
    const { code, output } = await run('dist/scripts/launcher.js', {
      DATABASE_URL: `postgresql://postgres@127.0.0.1:${await freePort()}/techmarket`,
    });
    expect(code).toBe(1);
    expect(output).toMatch(/PostgreSQL is not reachable at DATABASE_URL=/);
  });

  it('tells a newcomer when Redis is missing, naming the variable', async () => {
    const { code, output } = await run('dist/scripts/launcher.js', { REDIS_URL: `redis://127.0.0.1:${await freePort()}` });
    expect(code).toBe(1);
    expect(output).toMatch(/Redis is not reachable at REDIS_URL=/);
  });
});

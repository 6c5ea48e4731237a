import type { INestApplication } from '@nestjs/common';
import { spawn } from 'node:child_process';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

function cli(
  args: string[],
  options: { env?: Record<string, string>; stdin?: string } = {},
): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['dist/apps/cli/src/main.js', ...args], {
      env: { ...process.env, CLI_PASSWORD: '', ...options.env } as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    child.stdin.end(options.stdin ?? '');
    child.once('exit', (code) => resolve({ code, output }));
  });
}

describe('maintenance commands (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;
  beforeAll(async () => {
    app = await createTestApp();
    db = app.get(DataSource);
  });
  afterAll(async () => {
    await app.close();
  });

  const users = async (email: string) => Number((await db.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [email]))[0].n);
  const canSignIn = async (email: string, password: string) =>
    (await api(app).post('/api/v1/auth/login').send({ email, password })).status === 200;

  describe('bureau:create', () => {
    it('refuses a password on the command line and creates nobody', async () => {
      const email = uniqueEmail('bureau');
      const { code, output } = await cli(['bureau:create', '--email', email, '--password', 'Argv2026password']);
      expect(code).not.toBe(0);
      expect(output).toContain('CLI_PASSWORD');
      expect(await users(email)).toBe(0);
    });

    it('reads the password from standard input', async () => {
      const email = uniqueEmail('bureau');
      const { code, output } = await cli(['bureau:create', '--email', email], { stdin: 'Stdin2026password\n' });
      expect({ code, output }).toEqual({ code: 0, output: expect.stringContaining('created') });
      expect(await canSignIn(email, 'Stdin2026password')).toBe(true);
    });

    it('reads the password from CLI_PASSWORD', async () => {
      const email = uniqueEmail('bureau');
      const { code } = await cli(['bureau:create', '--email', email], { env: { CLI_PASSWORD: 'Env2026password' } });
      expect(code).toBe(0);
      expect(await canSignIn(email, 'Env2026password')).toBe(true);
    });
  });

  describe('seed', () => {
    it('refuses to run in production, even on an empty database', async () => {
      // A database of its own: empty, so that a seed that ran would fill it.
      const isolated = await createIsolatedDatabase('seedprod');
      const own = new DataSource({ type: 'postgres', url: isolated.url });
      try {
        const { code, output } = await cli(['seed'], { env: { ...isolated.env, NODE_ENV: 'production' } });
        expect(code).not.toBe(0);
        expect(output).toContain('seed refuses to run with NODE_ENV=production');
        await own.initialize();
        expect(Number((await own.query('SELECT count(*)::int AS n FROM organizations'))[0].n)).toBe(0);
      } finally {
        if (own.isInitialized) await own.destroy();
        await isolated.drop();
      }
    });
  });
});

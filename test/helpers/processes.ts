/** Child processes for failure tests: the built api, worker and CLI, and a redis-server of the test's own. */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { waitFor } from './deals.js';

export type Env = Record<string, string | undefined>;

export function startNode(script: 'api' | 'worker', env: Env): ChildProcess {
  return spawn(process.execPath, [`dist/apps/${script}/src/main.js`], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: 'ignore',
  });
}

export function stopProcess(proc: ChildProcess | undefined, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (!proc || proc.exitCode !== null || proc.signalCode !== null) return resolve();
    proc.once('exit', () => resolve());
    proc.kill(signal);
  });
}

export const listening = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

/** A redis-server on `port` keeping its files in `dir`; with `aof`, a restart keeps the queue. */
export async function startRedis(port: number, dir: string, aof: boolean): Promise<ChildProcess> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', aof ? 'yes' : 'no'];
  const proc = spawn('redis-server', args, { stdio: 'ignore' });
  await waitFor(() => listening(port), 15_000, 'redis-server to listen');
  return proc;
}

/** `ledger:check` run as the operator runs it: the built CLI, as a child process, against `env`'s database. */
export function ledgerCheck(env: Env): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const cli = spawn(process.execPath, ['dist/apps/cli/src/main.js', 'ledger:check'], {
      env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    });
    let out = '';
    cli.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    cli.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
    cli.once('exit', (code) => resolve({ code, out }));
  });
}

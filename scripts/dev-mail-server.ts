/**
 * A real SMTP server for development and tests (smtp-server, from nodemailer's authors): it
 * accepts every mail and writes it, as received, to `<dir>/<time>-<n>.eml`. `npm start` runs
 * one when SMTP_URL is unset; the tests run one per test run and read what it caught.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';

export interface DevMailServer {
  url: string;
  port: number;
  dir: string;
  close(): Promise<void>;
}

export interface CaughtMail {
  file: string;
  from: string;
  to: string[];
  size: number;
}

let sequence = 0;

export async function startDevMailServer(options: {
  dir: string;
  port?: number;
  host?: string;
  onMail?: (mail: CaughtMail) => void;
  /** Refuses a mail with this SMTP answer instead of keeping it (tests of retries and refusals). */
  refuse?: (to: string[]) => { code: number; message: string } | undefined;
}): Promise<DevMailServer> {
  const host = options.host ?? '127.0.0.1';
  mkdirSync(options.dir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    // Accept any user and password: nodemailer sends them when SMTP_URL carries them.
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username ?? 'dev' }),
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const refusal = options.refuse?.(session.envelope.rcptTo.map((r) => r.address));
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        sequence += 1;
        const file = join(options.dir, `${Date.now()}-${process.pid}-${String(sequence).padStart(5, '0')}.eml`);
        const raw = Buffer.concat(chunks);
        writeFileSync(file, raw);
        options.onMail?.({
          file,
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          size: raw.length,
        });
        callback();
      });
    },
  });
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  return {
    url: `smtp://${host}:${port}`,
    port,
    dir: options.dir,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

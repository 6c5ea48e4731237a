import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { pinoHttp } from 'pino-http';
import { httpLogOptions } from './logger.js';

describe(httpLogOptions.name, () => {
  let server: Server;
  const lines: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(
          ...chunk
            .toString('utf8')
            .trim()
            .split('\n')
            .map((line) => JSON.parse(line) as Record<string, unknown>),
        );
        done();
      },
    });
    const log = pinoHttp(httpLogOptions({ level: 'info', pretty: false }), sink);
    server = createServer((req, res) => {
      log(req, res);
      res.setHeader('Set-Cookie', 'session=s3cr3t-session; HttpOnly');
      res.statusCode = 201;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('logs a line per answer with the request id, method, url and status, and no credential', async () => {
    const { port } = server.address() as AddressInfo;
    const res = await fetch(`http://127.0.0.1:${port}/api/v1/deals?year=2026`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer eyJ.secret-token.sig',
        cookie: 'session=s3cr3t-session',
        'x-request-id': 'req-42',
        'user-agent': 'clerk/1.0',
      },
      body: '{}',
    });
    expect(res.headers.get('x-request-id')).toBe('req-42');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 30,
      req: { id: 'req-42', method: 'POST', url: '/api/v1/deals?year=2026', remoteAddress: '127.0.0.1', userAgent: 'clerk/1.0' },
      res: { statusCode: 201 },
    });
    expect(JSON.stringify(lines[0])).not.toMatch(/secret-token|s3cr3t-session|authorization|cookie/i);
  });
});

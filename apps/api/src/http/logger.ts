import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { LoggerModule } from 'nestjs-pino';
import type { Options as PinoHttpOptions } from 'pino-http';
import { AppConfig } from '@app/config';

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

type LoggedRequest = IncomingMessage & { id?: unknown; originalUrl?: string };

function requestSummary(req: LoggedRequest) {
  return {
    id: req.id,
    method: req.method,
    url: req.originalUrl ?? req.url,
    remoteAddress: req.socket?.remoteAddress,
    userAgent: req.headers['user-agent'],
  };
}

/** pino-http's options: a request id per request, taken from X-Request-Id when sane; one line per answer. */
export function httpLogOptions(log: { level: string; pretty: boolean }): PinoHttpOptions {
  return {
    level: log.level,
    transport: log.pretty ? { target: 'pino-pretty', options: { singleLine: true } } : undefined,
    genReqId: (req: IncomingMessage, res: ServerResponse) => {
      const incoming = req.headers['x-request-id'];
      const id = typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
      res.setHeader('X-Request-Id', id);
      return id;
    },
    // pino-http binds the request to a child logger as each request arrives, serialised then
    // whether or not a line is written: only what an operator reads, and no header that could
    // carry a credential (authorization, cookies, set-cookie), so there is nothing to redact
    // (unwrapped: pino's standard serialisers, which copy every header, do not run first).
    wrapSerializers: false,
    serializers: { req: requestSummary, res: (res: ServerResponse) => ({ statusCode: res.statusCode }) },
    customLogLevel: (_req: IncomingMessage, res: ServerResponse, err?: Error) =>
      err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info',
    autoLogging: { ignore: (req: IncomingMessage) => req.url === '/api/v1/health' },
  };
}

/** Structured JSON logs (httpLogOptions). */
export const ApiLoggerModule = LoggerModule.forRootAsync({
  inject: [AppConfig],
  useFactory: (config: AppConfig) => ({ pinoHttp: httpLogOptions(config.log) }),
});

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import compression from 'compression';
import { httpMetricsMiddleware, MetricsRegistry } from '@app/metrics';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module.js';
import { mountSwagger } from './http/swagger.js';
import { createValidationPipe } from './http/validation.js';
import { mountWeb } from './http/web.js';
import { listingPageContent } from './listings/listing-page.js';
import { mountQueueBoard } from './ops/queue-board.js';

export interface CreateApiOptions {
  env?: Record<string, string | undefined>;
  /** Build the module graph without connecting to anything (OpenAPI generation). */
  preview?: boolean;
}

/** Builds the configured api application; `main.ts`, the tests and the OpenAPI script share it. */
export async function createApi(options: CreateApiOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(options.env), {
    bufferLogs: true,
    preview: options.preview,
    abortOnError: false,
  });
  const config = app.get(AppConfig);
  if (!options.preview) {
    app.useLogger(app.get(Logger));
    app.use(httpMetricsMiddleware(app.get(MetricsRegistry)));
  }
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  // Brotli or gzip for JSON answers (and anything else not already compressed) above 1 KiB, with
  // `Vary: Accept-Encoding`; the web's static files come pre-compressed and pass through untouched.
  // Only reads are compressed, and only for a client that accepts an encoding: writes answer with
  // an id and a status or the entity written (an import's report is the one that can grow), and
  // wrapping every response cost a single-deal POST about 1 % of the api's CPU for nothing.
  const compress = compression({ threshold: 1024 });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.method === 'GET' || req.method === 'HEAD') && req.headers['accept-encoding'] ? compress(req, res, next) : next(),
  );
  // Swagger UI needs inline scripts and styles of its own; nothing else gets them.
  const docsHelmet = helmet({
    contentSecurityPolicy: {
      directives: {
        'script-src': ["'self'", "'unsafe-inline'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
      },
    },
  });
  const strictHelmet = helmet({
    contentSecurityPolicy: { directives: { 'script-src': ["'self'"], 'style-src': ["'self'"], 'img-src': ["'self'", 'data:'] } },
  });
  app.use((req: Request, res: Response, next: NextFunction) =>
    (req.path === '/api/docs' || req.path.startsWith('/api/docs/') ? docsHelmet : strictHelmet)(req, res, next),
  );
  app.enableCors({ origin: config.http.corsOrigins, credentials: false, exposedHeaders: ['X-Request-Id'] });
  // Prometheus scrapes /metrics by default.
  app.setGlobalPrefix('api/v1', { exclude: ['/', 'metrics'] });
  if (!options.preview) mountQueueBoard(app);
  if (!options.preview) mountWeb(app, config.webDir, { content: listingPageContent(app) });
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  if (config.swagger) mountSwagger(app);
  return app;
}

import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { AppConfig } from '@app/config';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { ApiModule } from './api.module.js';
import { mountSwagger } from './http/swagger.js';
import { createValidationPipe } from './http/validation.js';
import { mountWeb } from './http/web.js';

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
  if (!options.preview) app.useLogger(app.get(Logger));
  app.set('trust proxy', config.http.trustProxy);
  app.disable('x-powered-by');
  app.useBodyParser('json', { limit: '1mb' });
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          // Swagger UI needs inline styles and scripts of its own.
          'script-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:'],
        },
      },
    }),
  );
  app.enableCors({ origin: config.http.corsOrigins, credentials: false, exposedHeaders: ['X-Request-Id'] });
  app.setGlobalPrefix('api/v1', { exclude: ['/'] });
  if (!options.preview) mountWeb(app, config.webDir);
  app.useGlobalPipes(createValidationPipe());
  app.enableShutdownHooks();
  mountSwagger(app);
  return app;
}

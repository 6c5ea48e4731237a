import { DynamicModule, Global, Module } from '@nestjs/common';
import { AppConfig } from './app-config.js';
import { validateEnv } from './env.js';

/**
 * Global configuration. `forRoot()` validates `process.env` (plus overrides, used by tests)
 * once at boot; a bad value stops boot with one message listing every problem.
 */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(overrides: Record<string, string | undefined> = {}): DynamicModule {
    const config = loadConfig(overrides);
    return {
      module: ConfigModule,
      providers: [{ provide: AppConfig, useValue: config }],
      exports: [AppConfig],
    };
  }
}

export function loadConfig(overrides: Record<string, string | undefined> = {}): AppConfig {
  return new AppConfig(validateEnv({ ...process.env, ...overrides }));
}

export * from './app-config.js';
export * from './config.module.js';
export { Env, EnvValidationError, validateEnv } from './env.js';

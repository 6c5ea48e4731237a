// The one validated environment and its typed getters; nobody else reads process.env.
export { AppConfig } from './app-config.js';
export { ConfigModule, loadConfig } from './config.module.js';
export { Env, EnvValidationError, validateEnv } from './env.js';

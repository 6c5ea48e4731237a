import 'reflect-metadata';
import { AppConfig, EnvValidationError } from '@app/config';
import { createApi } from './bootstrap.js';

async function main(): Promise<void> {
  const app = await createApi();
  const { port, host } = app.get(AppConfig).http;
  await app.listen(port, host);
}

main().catch((error: unknown) => {
  console.error(error instanceof EnvValidationError ? error.message : error);
  process.exit(1);
});

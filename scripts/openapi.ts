/**
 * `npm run openapi` writes apps/api/openapi.json from the api's decorators and the web's types
 * generated from it (apps/web/src/api/schema.d.ts); `npm run openapi:check` exits 1 when either
 * checked-in file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiJson } from '../apps/api/src/openapi.js';
import { generateWebTypes, WEB_TYPES_FILE } from '../apps/api/src/openapi-web-types.js';

const JSON_FILE = 'apps/api/openapi.json';

async function main(): Promise<void> {
  const json = await generateOpenApiJson();
  const files = [
    [JSON_FILE, json],
    [WEB_TYPES_FILE, await generateWebTypes(json)],
  ] as const;
  if (process.argv.includes('--check')) {
    const stale = files.filter(([file, fresh]) => readFileSync(resolve(process.cwd(), file), 'utf8') !== fresh).map(([file]) => file);
    if (stale.length > 0) {
      console.error(`${stale.join(' and ')} stale: run \`npm run openapi\` and commit the result`);
      process.exit(1);
    }
    console.log(`${JSON_FILE} and ${WEB_TYPES_FILE} are current`);
    return;
  }
  for (const [file, fresh] of files) {
    writeFileSync(resolve(process.cwd(), file), fresh);
    console.log(`wrote ${file}`);
  }
}

void main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

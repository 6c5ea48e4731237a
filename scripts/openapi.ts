/**
 * `npm run openapi` writes apps/api/openapi.json from the api's decorators;
 * `npm run openapi:check` exits 1 when the checked-in file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiJson } from '../apps/api/src/openapi.js';

const FILE = resolve(process.cwd(), 'apps/api/openapi.json');

async function main(): Promise<void> {
  const fresh = await generateOpenApiJson();
  if (process.argv.includes('--check')) {
    const current = readFileSync(FILE, 'utf8');
    if (current !== fresh) {
      console.error('apps/api/openapi.json is stale: run `npm run openapi` and commit the result');
      process.exit(1);
    }
    console.log('apps/api/openapi.json is current');
    return;
  }
  writeFileSync(FILE, fresh);
  console.log(`wrote ${FILE}`);
}

void main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

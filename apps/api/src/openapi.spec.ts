import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiJson } from './openapi.js';

describe('openapi.json', () => {
  it('matches the api as built (run `npm run openapi` after changing routes or DTOs)', async () => {
    const checkedIn = readFileSync(resolve(process.cwd(), 'apps/api/openapi.json'), 'utf8');
    expect(await generateOpenApiJson()).toBe(checkedIn);
  });
});

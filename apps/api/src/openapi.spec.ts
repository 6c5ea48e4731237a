import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApiJson } from './openapi.js';
import { generateWebTypes, WEB_TYPES_FILE } from './openapi-web-types.js';

const checkedIn = (file: string) => readFileSync(resolve(process.cwd(), file), 'utf8');

describe('openapi.json and the web types generated from it', () => {
  let fresh: string;
  beforeAll(async () => {
    fresh = await generateOpenApiJson();
  });

  it('openapi.json matches the api as built (run `npm run openapi` after changing routes or DTOs)', () => {
    expect(fresh).toBe(checkedIn('apps/api/openapi.json'));
  });

  it('the web types match openapi.json (run `npm run openapi`)', async () => {
    expect(await generateWebTypes(fresh)).toBe(checkedIn(WEB_TYPES_FILE));
  });

  it('a response field the api changes shows in the generated types, where the web reads it', async () => {
    const doc = JSON.parse(fresh) as {
      components: { schemas: Record<string, { properties: Record<string, unknown>; required: string[] }> };
    };
    const deal = doc.components.schemas.DealResponse;
    deal.properties.amountYuan = deal.properties.amount;
    delete deal.properties.amount;
    deal.required = deal.required.map((name) => (name === 'amount' ? 'amountYuan' : name));
    const changed = await generateWebTypes(JSON.stringify(doc));
    const dealType = (types: string) => /\n {8}DealResponse: \{\n([\s\S]*?)\n {8}\};/.exec(types)?.[1] ?? '';
    expect(dealType(await generateWebTypes(fresh))).toMatch(/\n\s+amount: string;/);
    expect(dealType(changed)).not.toMatch(/\n\s+amount: string;/);
    expect(dealType(changed)).toMatch(/\n\s+amountYuan: string;/);
  });
});

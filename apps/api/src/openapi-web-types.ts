/**
 * The web's api types, generated from the OpenAPI document by openapi-typescript:
 * apps/web/src/api/schema.d.ts, written by `npm run openapi` beside apps/api/openapi.json and
 * checked by `npm run openapi:check`. The web's calls (openapi-fetch) and its model aliases are
 * typed from it, so a response field the api changes without regenerating breaks `npm run typecheck`.
 */
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

export const WEB_TYPES_FILE = 'apps/web/src/api/schema.d.ts';

const HEADER = `/**
 * Generated from apps/api/openapi.json by \`npm run openapi\` (openapi-typescript): do not edit.
 * The web names these shapes in src/api/models.ts.
 */

`;

export async function generateWebTypes(openApiJson: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(openApiJson) as OpenAPI3, {
    alphabetize: false,
    // A default is what the api assumes when a request leaves the field out: the field stays optional.
    defaultNonNullable: false,
    silent: true,
  });
  return HEADER + astToString(ast);
}

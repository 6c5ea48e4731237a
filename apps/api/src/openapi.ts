import { createApi } from './bootstrap.js';
import { buildOpenApiDocument } from './http/swagger.js';

/** The OpenAPI document as checked in: built without connecting to any service. */
export async function generateOpenApiJson(): Promise<string> {
  const app = await createApi({ preview: true, env: { LOG_LEVEL: 'silent' } });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

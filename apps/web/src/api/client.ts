/**
 * The one way the web talks to the api: openapi-fetch over the paths generated from
 * apps/api/openapi.json (schema.d.ts, `npm run openapi`), the bearer token from the session,
 * and the api's error shape `{statusCode, code, message, errors?: [{field, messages}], requestId}`
 * turned into an `ApiError` whose `fields` map a form can show beside its inputs.
 */
import createClient, { type Middleware } from 'openapi-fetch';
import { earlyFetch } from './early';
import type { components, paths } from './schema';

export type FieldProblem = components['schemas']['FieldProblemResponse'];
type ErrorBody = Partial<components['schemas']['ErrorResponse']>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, string[]> = {},
    readonly requestId = '',
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | undefined | null | (string | number)[]>;

let tokenSource: () => string | null = () => null;
let onUnauthorized: () => void = () => undefined;

export function configureClient(options: { token: () => string | null; unauthorized: () => void }): void {
  tokenSource = options.token;
  onUnauthorized = options.unauthorized;
}

/** A query string without the empty filters a form leaves (`''`, `null`); arrays repeat the key. */
function serializeQuery(query: object | undefined): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries((query ?? {}) as Query)) {
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value)) value.forEach((v) => params.append(key, String(v)));
    else params.set(key, String(value));
  }
  return params.toString();
}

const auth: Middleware = {
  onRequest({ request }) {
    const token = tokenSource();
    if (token) request.headers.set('authorization', `Bearer ${token}`);
    if (!request.headers.has('accept')) request.headers.set('accept', 'application/json');
    return request;
  },
};

/** The typed client: `api.GET('/api/v1/deals/{id}', { params: { path: { id } } })`. Paths carry the /api/v1 prefix. */
export const api = createClient<paths>({ baseUrl: '', querySerializer: serializeQuery, fetch: earlyFetch });
api.use(auth);

function toApiError(status: number, statusText: string, body: unknown): ApiError {
  const err = (body && typeof body === 'object' ? body : {}) as ErrorBody;
  const fields: Record<string, string[]> = {};
  for (const problem of err.errors ?? []) fields[problem.field] = [...(fields[problem.field] ?? []), ...problem.messages];
  return new ApiError(status, err.code ?? `HTTP_${status}`, err.message ?? statusText, fields, err.requestId ?? '');
}

/**
 * The answer's body, or an `ApiError` (status 0 when the network failed; a 401 while signed in
 * also ends the session). An aborted request rejects with its AbortError.
 */
export async function call<T>(pending: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: Awaited<typeof pending>;
  try {
    result = await pending;
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'NETWORK_ERROR', (error as Error).message);
  }
  const { response } = result;
  if (!response.ok) {
    if (response.status === 401 && tokenSource()) onUnauthorized();
    throw toApiError(response.status, response.statusText, result.error);
  }
  return result.data as T;
}

/** Downloads a file the api produces (CSV/XLSX exports) with the session's token. */
export async function download(
  pending: Promise<{ data?: unknown; error?: unknown; response: Response }>,
  fallbackName: string,
): Promise<void> {
  const blob = (await call(pending)) as Blob;
  const { response } = await pending;
  const disposition = response.headers.get('content-disposition') ?? '';
  const match = /filename\*=UTF-8''([^;]+)|filename="?([^";]+)"?/i.exec(disposition);
  const name = match ? decodeURIComponent(match[1] ?? match[2]) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A fresh key per form submission; retries of the same submission reuse it. */
export function newIdempotencyKey(): string {
  // crypto.randomUUID needs a secure context; getRandomValues works over plain http on a LAN too.
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';
type Operation<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]>;

/** The query parameters of a route, as the generated schema names them. */
export type QueryOf<P extends keyof paths, M extends Method = 'get'> = NonNullable<
  Operation<P, M> extends { parameters: { query?: infer Q } } ? Q : never
>;

/** The JSON body of a route. */
export type BodyOf<P extends keyof paths, M extends Method> =
  Operation<P, M> extends { requestBody?: { content: { 'application/json': infer B } } } ? B : never;

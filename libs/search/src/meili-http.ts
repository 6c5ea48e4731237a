/**
 * How the api and the worker talk to Meilisearch: undici's `request` over kept-alive
 * connections, asking for uncompressed replies.
 *
 * Why uncompressed: Meilisearch compresses a reply when the request accepts it (fetch always
 * sends `Accept-Encoding: gzip, deflate, br`). The compressed body is produced after the status
 * line and headers, and about half the time leaves in a second write; Meilisearch does not set
 * TCP_NODELAY, so Nagle's algorithm holds that second segment until the client acknowledges the
 * first, which a kept-alive Linux connection delays by up to 40 ms (delayed ACK). Fresh
 * connections hid this (Linux acknowledges at once while a connection is new) at the price of a
 * handshake and more CPU per request. Uncompressed, every reply is one write: nothing to wait
 * for. On loopback or a LAN compression saves nothing worth its CPU either.
 * Measured in docs/scaling.md ("Search throughput").
 */
import { MeilisearchApiError } from 'meilisearch';
import { Agent, type Dispatcher } from 'undici';

export type MeiliHttpClient = (input: string | URL | Request, init?: RequestInit) => Promise<unknown>;

/** One connection pool per process; connections stay open between requests. */
export function meiliAgent(): Agent {
  return new Agent({ connections: 128, keepAliveTimeout: 4000 });
}

/**
 * An `httpClient` for the meilisearch client. Errors keep the client's shapes: a non-2xx reply
 * is a MeilisearchApiError (the client wraps it in a MeilisearchRequestError whose cause it is),
 * and a timeout rejects with the client's own abort reason, which it turns into its timeout error.
 */
export function meiliHttpClient(dispatcher: Dispatcher): MeiliHttpClient {
  return async (input, init = {}) => {
    const url = typeof input === 'string' || input instanceof URL ? new URL(input) : new URL(input.url);
    const headers: Record<string, string> = Object.fromEntries(new Headers(init.headers));
    headers['accept-encoding'] = 'identity';
    const signal = init.signal ?? undefined;
    let response: Dispatcher.ResponseData;
    try {
      response = await dispatcher.request({
        origin: url.origin,
        path: `${url.pathname}${url.search}`,
        method: (init.method ?? 'GET') as Dispatcher.HttpMethod,
        headers,
        body: init.body as string | undefined,
        signal,
      });
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw error;
    }
    const text = await response.body.text();
    const body: unknown = text === '' ? undefined : JSON.parse(text);
    if (response.statusCode < 200 || response.statusCode >= 300) {
      const replyHeaders = new Headers();
      for (const [name, value] of Object.entries(response.headers)) {
        if (value !== undefined) replyHeaders.set(name, Array.isArray(value) ? value.join(', ') : value);
      }
      throw new MeilisearchApiError(
        new Response(text === '' ? null : text, { status: response.statusCode, headers: replyHeaders }),
        body as ConstructorParameters<typeof MeilisearchApiError>[1],
      );
    }
    return body;
  };
}

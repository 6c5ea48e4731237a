/**
 * The least any Node.js api in front of Meilisearch does for `GET /outcomes?q=`: node:http
 * takes the request, the api's own transport (undici over kept-alive connections, uncompressed)
 * sends the same search to Meilisearch, and Meilisearch's reply goes back byte for byte: no
 * framework, no parsing, no mapping, no logging, no rate limit. `npm run bench:search` runs it
 * as a child process beside the api to show what the hop itself costs on the same cores.
 * Environment: MEILI_URL, MEILI_MASTER_KEY, PORT.
 */
import { createServer } from 'node:http';
import { outcomeSearchParams } from '@app/listings';
import { meiliAgent } from '@app/search';

const meili = new URL('/indexes/outcomes/search', process.env.MEILI_URL);
const headers = {
  authorization: `Bearer ${process.env.MEILI_MASTER_KEY}`,
  'content-type': 'application/json',
  'accept-encoding': 'identity',
};
const agent = meiliAgent();

createServer((req, res) => {
  const q = new URL(req.url ?? '/', 'http://proxy').searchParams.get('q') ?? '';
  agent
    .request({
      origin: meili.origin,
      path: meili.pathname,
      method: 'POST',
      headers,
      body: JSON.stringify({ q, ...outcomeSearchParams({ q, page: 1, limit: 20 }) }),
    })
    .then(async (reply) => {
      const body = Buffer.from(await reply.body.arrayBuffer());
      res.writeHead(reply.statusCode, { 'content-type': 'application/json', 'content-length': body.length });
      res.end(body);
    })
    .catch((error: unknown) => {
      res.writeHead(502).end(String(error));
    });
}).listen(Number(process.env.PORT), '127.0.0.1', () => process.send?.('listening'));

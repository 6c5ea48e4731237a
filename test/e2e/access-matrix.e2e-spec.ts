import type { INestApplication } from '@nestjs/common';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { ACCESS_MATRIX, CALLERS, type AccessOutcome, type Caller, type FixtureKey } from '../../apps/api/src/access-matrix.js';
import { buildOpenApiDocument } from '../../apps/api/src/http/swagger.js';
import { createCallers, refreshToken, type CallerSet } from '../helpers/callers.js';
import { createFixtures } from '../helpers/fixtures.js';
import { BODY_FIXTURES, ROUTE_HEADERS, ROUTE_QUERIES, VALID_BODIES } from '../helpers/route-bodies.js';
import { createIsolatedDatabase, rowCounts } from '../helpers/isolated-db.js';
import { api, createTestApp } from '../helpers/test-app.js';

/** Every route × every kind of caller, against ACCESS_MATRIX; denied calls write nothing. */
describe('authorization matrix (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;
  let drop: () => Promise<void>;
  let callers: CallerSet;
  let routes: string[];

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('authz');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    db = app.get(DataSource);
    callers = await createCallers(app);
    const doc = buildOpenApiDocument(app);
    routes = Object.entries(doc.paths).flatMap(([path, ops]) => Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`));
  });

  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('has a row for every route the api serves, and no row for a route it does not', () => {
    expect(routes.filter((r) => !(r in ACCESS_MATRIX))).toEqual([]);
    expect(Object.keys(ACCESS_MATRIX).filter((r) => !routes.includes(r))).toEqual([]);
  });

  const cases = Object.entries(ACCESS_MATRIX).flatMap(([route, entry]) =>
    CALLERS.map((caller) => [route, caller, entry.access[caller]] as const),
  );

  it.each(cases)('%s as %s → %s', async (route: string, caller: Caller, expected: AccessOutcome) => {
    const [method, template] = route.split(' ');
    const params = ACCESS_MATRIX[route].params ?? {};
    const ids = await createFixtures(app, callers, [...(Object.values(params) as FixtureKey[]), ...(BODY_FIXTURES[route] ?? [])]);
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => ids[params[name]]);
    const before = await rowCounts(db);
    const query = ROUTE_QUERIES[route] ? `?${ROUTE_QUERIES[route]}` : '';
    let req = api(app)[method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete'](path + query);
    for (const [name, value] of Object.entries(ROUTE_HEADERS[route]?.() ?? {})) req = req.set(name, value);
    const token = callers.tokens[caller];
    if (token) req = req.set('Authorization', `Bearer ${token}`);
    if (method !== 'GET' && method !== 'DELETE') req = req.send(VALID_BODIES[route]?.({ callers, ids }) ?? {});
    const res = await req;
    if (ACCESS_MATRIX[route].revokesTokens) await refreshToken(app, callers, caller);
    if (expected === 'allow') {
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBe(expected);
      expect(await rowCounts(db)).toEqual(before);
    }
  });
});

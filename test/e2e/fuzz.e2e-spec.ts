import type { INestApplication } from '@nestjs/common';
import fc from 'fast-check';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { ACCESS_MATRIX, CALLERS, type Caller, type FixtureKey } from '../../apps/api/src/access-matrix.js';
import { buildOpenApiDocument } from '../../apps/api/src/http/swagger.js';
import { createCallers, refreshToken, type CallerSet } from '../helpers/callers.js';
import { createFixtures } from '../helpers/fixtures.js';
import { createIsolatedDatabase, rowCounts } from '../helpers/isolated-db.js';
import { BODY_FIXTURES, ROUTE_HEADERS, VALID_BODIES, type Json } from '../helpers/route-bodies.js';
import { api, createTestApp } from '../helpers/test-app.js';

const hostileScalar: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(
    null,
    true,
    false,
    0,
    -1,
    1e308,
    -1e308,
    1e21,
    '',
    ' ',
    '0',
    '-5',
    '1.001',
    'abc',
    '1,000',
    'null',
    'undefined',
    'NaN',
  ),
  fc.constantFrom<Json>(
    "' OR 1=1 --",
    '"; DROP TABLE users; --',
    'field = "x" OR 1 = 1',
    '<script>alert(1)</script>',
    '${jndi:ldap://x}',
    '../../etc/passwd',
  ),
  fc.constantFrom<Json>('\u0000', '\u202e反转', '\ud800', '\udfff', '𠀀𪚥😀', 'ｆｕｌｌ　ｗｉｄｔｈ', '\u200b\u200b', '茶'.repeat(5000)),
  fc.string({ unit: 'binary', maxLength: 50 }),
  fc.string({ minLength: 2000, maxLength: 20000 }),
  fc.integer(),
  fc.double({ noNaN: true }),
);

const hostileValue: fc.Arbitrary<Json> = fc.letrec<{ value: Json }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostileScalar,
    fc.array(tie('value'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

/** A valid body with one key broken, an unknown or prototype key added, or replaced whole. */
function mutations(valid: { [key: string]: Json }): fc.Arbitrary<string> {
  const paths = keyPaths(valid);
  const replaceOne =
    paths.length === 0
      ? fc.constant(JSON.stringify(valid))
      : fc.tuple(fc.constantFrom(...paths), hostileValue).map(([path, value]) => JSON.stringify(setPath(valid, path, value)));
  const extraKey = fc
    .tuple(fc.constantFrom('__proto__', 'constructor', 'prototype', 'isAdmin', 'role', 'status', 'id'), hostileValue)
    .map(([key, value]) =>
      JSON.stringify(valid).replace(/^\{/, `{${JSON.stringify(key)}:${JSON.stringify(value)}${Object.keys(valid).length ? ',' : ''}`),
    );
  const nested = fc.integer({ min: 50, max: 2000 }).map((depth) => '{"a":'.repeat(depth) + '1' + '}'.repeat(depth));
  const whole = hostileValue.map((v) => JSON.stringify(v));
  return fc.oneof(replaceOne, replaceOne, extraKey, nested, whole);
}

function keyPaths(value: Json, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix.length ? [prefix] : [];
  return [...(prefix.length ? [prefix] : []), ...Object.entries(value).flatMap(([k, v]) => keyPaths(v, [...prefix, k]))];
}

function setPath(root: { [key: string]: Json }, path: string[], value: Json): Json {
  const copy = structuredClone(root) as { [key: string]: Json };
  let node = copy as { [key: string]: Json };
  for (const key of path.slice(0, -1)) node = node[key] as { [key: string]: Json };
  node[path[path.length - 1]] = value;
  return copy;
}

describe('write routes under generated hostile input (e2e)', () => {
  let app: INestApplication<App>;
  let db: DataSource;
  let drop: () => Promise<void>;
  let callers: CallerSet;
  let writeRoutes: string[];

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('fuzz');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    db = app.get(DataSource);
    callers = await createCallers(app);
    const doc = buildOpenApiDocument(app);
    // Multipart routes take a file, not a JSON body: JSON fuzzing would only ever meet "file is
    // required". Their hostile inputs are files, tested in deal-import.e2e-spec.ts.
    writeRoutes = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.entries(ops as Record<string, { requestBody?: { content?: Record<string, unknown> } }>)
        .filter(([m, op]) => ['post', 'put', 'patch'].includes(m) && !op.requestBody?.content?.['multipart/form-data'])
        .map(([m]) => `${m.toUpperCase()} ${path}`),
    );
  });

  afterAll(async () => {
    await app.close();
    await drop();
  });

  it('has a valid body for every write route', () => {
    expect(writeRoutes.filter((r) => !(r in VALID_BODIES))).toEqual([]);
  });

  it.each(Object.keys(VALID_BODIES))('%s never answers 5xx and a rejected request writes nothing', async (route) => {
    const entry = ACCESS_MATRIX[route];
    const caller: Caller = CALLERS.find((c) => entry.access[c] === 'allow' && c !== 'anonymous') ?? 'anonymous';
    const [method, template] = route.split(' ');
    const params = entry.params ?? {};
    const ids = await createFixtures(app, callers, [...(Object.values(params) as FixtureKey[]), ...(BODY_FIXTURES[route] ?? [])]);
    const path = template.replace(/\{(\w+)\}/g, (_m, name: string) => ids[params[name]]);
    await fc.assert(
      fc.asyncProperty(mutations(VALID_BODIES[route]({ callers, ids })), async (raw) => {
        const before = await rowCounts(db);
        let req = api(app)[method.toLowerCase() as 'post' | 'put' | 'patch'](path).set('Content-Type', 'application/json');
        for (const [name, value] of Object.entries(ROUTE_HEADERS[route]?.() ?? {})) req = req.set(name, value);
        const token = callers.tokens[caller];
        if (token) req = req.set('Authorization', `Bearer ${token}`);
        const res = await req.send(raw);
        expect(res.status).toBeLessThan(500);
        if (res.status >= 400) expect(await rowCounts(db)).toEqual(before);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 80), seed: Number(process.env.FUZZ_SEED ?? 20261127) },
    );
    if (entry.revokesTokens) await refreshToken(app, callers, caller);
  });
});

import { randomUUID } from 'node:crypto';
import type { FixtureKey } from '../../apps/api/src/access-matrix.js';
import { registerBody } from '../../libs/accounts/test/accounts.factory.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import type { CallerSet } from './callers.js';
import { dealBody } from './fixtures.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export interface BodyContext {
  callers: CallerSet;
  ids: Record<FixtureKey, string>;
}

/**
 * A valid body for every write route. The authorization matrix sends it (so that a denial
 * decided after validation is seen), and the fuzzer breaks it in generated ways. A write
 * route without an entry fails both suites.
 */
export const VALID_BODIES: Record<string, (ctx: BodyContext) => { [key: string]: Json }> = {
  'POST /api/v1/auth/register': () => json(registerBody()),
  'POST /api/v1/auth/login': ({ callers }) => ({ ...callers.login }),
  'POST /api/v1/organizations/{id}/verify': () => ({}),
  'POST /api/v1/demands': () => json(demandBody()),
  'PATCH /api/v1/demands/{id}': () => ({ title: '杀青后叶片发黄打卷，求工艺改进（补充）', budgetMax: '250000.00' }),
  'POST /api/v1/demands/{id}/close': () => ({}),
  'POST /api/v1/demands/{id}/approve': () => ({}),
  'POST /api/v1/demands/{id}/reject': () => ({ reason: '需求描述不够具体，请补充产线参数。' }),
  'POST /api/v1/outcomes': () => json(outcomeBody()),
  'PATCH /api/v1/outcomes/{id}': () => ({
    abstract: '基于多点红外测温与热风循环的连续化杀青工艺控制方法，杀青叶含水率波动小于2%，已在五家茶企中试。',
    askingPrice: '900000.00',
  }),
  'POST /api/v1/outcomes/{id}/close': () => ({}),
  'POST /api/v1/outcomes/{id}/approve': () => ({}),
  'POST /api/v1/outcomes/{id}/reject': () => ({ reason: '专利号与成果名称不符，请核对。' }),
  'POST /api/v1/inquiries': ({ ids }) => ({ outcomeId: ids.outcome, message: '我司想了解该成果的中试条件和许可费用。' }),
  'POST /api/v1/inquiries/{id}/messages': () => ({ body: '下周二可以到贵单位面谈吗？' }),
  'POST /api/v1/inquiries/{id}/close': () => ({}),
  'POST /api/v1/deals': ({ callers }) => json(dealBody(callers)),
  'POST /api/v1/deals/{id}/cancel': () => ({}),
  'PUT /api/v1/targets/{year}': () => ({ turnover: '300000000.00', deals: 120, demandsPublished: 60 }),
};

/** Headers a route needs beyond the token: a fresh idempotency key per request. */
export const ROUTE_HEADERS: Record<string, () => Record<string, string>> = {
  'POST /api/v1/deals': () => ({ 'Idempotency-Key': randomUUID() }),
};

/** Query strings a route needs to answer. */
export const ROUTE_QUERIES: Record<string, string> = {
  'GET /api/v1/deals/export': `year=${new Date().getFullYear()}&format=csv`,
  'GET /api/v1/stats/turnover': `year=${new Date().getFullYear()}`,
  'GET /api/v1/stats/turnover/export': `year=${new Date().getFullYear()}&format=xlsx`,
};

/** Fixtures a route's valid body refers to, beyond its path parameters. */
export const BODY_FIXTURES: Record<string, FixtureKey[]> = {
  'POST /api/v1/inquiries': ['outcome'],
};

function json(value: object): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(value)) as { [key: string]: Json };
}

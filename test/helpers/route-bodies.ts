import { randomUUID } from 'node:crypto';
import { todayInChina } from '@app/common';
import type { FixtureKey } from '../../apps/api/src/access-matrix.js';
import { GOOD_PASSWORD, registerBody, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { demandBody, outcomeBody } from '../../libs/listings/test/listings.factory.js';
import type { CallerSet } from './callers.js';
import { dealBody, registrationNo } from './fixtures.js';

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
  'POST /api/v1/auth/logout': () => ({}),
  'POST /api/v1/auth/password-reset': ({ callers }) => ({ email: callers.login.email }),
  'POST /api/v1/auth/password-reset/{token}': () => ({ password: 'Harvest2027spring' }),
  'POST /api/v1/auth/verify-email': () => ({}),
  'POST /api/v1/auth/verify-email/{token}': () => ({}),
  // The same password again: the callers keep signing in with the one they registered with.
  'POST /api/v1/me/password': () => ({ currentPassword: GOOD_PASSWORD, newPassword: GOOD_PASSWORD }),
  'PATCH /api/v1/organizations/{id}/members/{userId}': () => ({ role: 'admin' }),
  'POST /api/v1/organizations/{id}/members/{userId}/enable': () => ({}),
  'POST /api/v1/organizations/{id}/invitations': () => ({ email: uniqueEmail('invitee'), role: 'member' }),
  'POST /api/v1/invitations/{token}/accept': () => ({ password: 'Harvest2027spring', displayName: '林晓' }),
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
  'POST /api/v1/inquiries': ({ ids }) => ({
    outcomeId: ids.outcome,
    message: '我司想了解该成果的中试条件和许可费用。',
    fromMatch: { listingId: ids.demand, rank: 1 },
  }),
  'POST /api/v1/inquiries/{id}/messages': () => ({ body: '下周二可以到贵单位面谈吗？' }),
  'POST /api/v1/inquiries/{id}/close': () => ({}),
  'POST /api/v1/inbox/{id}/read': () => ({}),
  'POST /api/v1/notifications/{id}/read': () => ({}),
  'PUT /api/v1/notifications/preferences': () => ({ dailyDigest: false }),
  'POST /api/v1/subscriptions': () => ({ kind: 'outcome', q: '热泵 烘干', field: 'modern_agriculture', modes: ['license'] }),
  'POST /api/v1/demands/{id}/reconfirm': () => ({}),
  'POST /api/v1/outcomes/{id}/reconfirm': () => ({}),
  'POST /api/v1/inquiries/{id}/decline': () => ({ reason: 'too_early', note: '我们明年才有中试预算。' }),
  'POST /api/v1/deals': ({ callers }) => json(dealBody(callers)),
  'POST /api/v1/deals/{id}/cancel': () => ({}),
  'POST /api/v1/deals/{id}/confirm': () => ({}),
  'POST /api/v1/deals/{id}/dispute': () => ({ reason: '合同金额与双方约定不符，应为十万元。' }),
  'POST /api/v1/deals/{id}/register': () => ({ registrationNo: registrationNo() }),
  'POST /api/v1/deals/{id}/reject': () => ({ reason: '合同缺少技术内容条款，不属于技术合同。' }),
  'POST /api/v1/notices/{id}/objections': () => ({ text: '该成果的专利权属存在争议，请核实。' }),
  'POST /api/v1/notices/{id}/objections/{oid}/resolve': () => ({ resolution: '经核实权属清楚，异议不成立。' }),
  'PUT /api/v1/targets/{year}': () => ({ turnover: '300000000.00', deals: 120, demandsPublished: 60, basis: 'inflow' }),
  'POST /api/v1/vocabulary': () => ({
    kind: 'bridge',
    field: 'new_energy',
    triggers: ['电费太贵', '费电得很'],
    terms: ['节能', '能效'],
    note: '企业常见说法',
  }),
  'PATCH /api/v1/vocabulary/{id}': () => ({ terms: ['干燥', '热泵干燥', '除湿'] }),
  'DELETE /api/v1/vocabulary/{id}': () => ({}),
  'POST /api/v1/ops/queue-board/session': () => ({}),
  'PUT /api/v1/voucher-budgets/{year}': () => ({ amount: '100000000.00' }),
  'POST /api/v1/vouchers': ({ callers }) => ({
    organizationId: callers.orgs.enterprise,
    amount: '100.00',
    validUntil: `${Number(todayInChina().slice(0, 4)) + 1}-06-30`,
    mode: 'general',
  }),
  'POST /api/v1/vouchers/{id}/redemptions': ({ ids }) => ({ dealId: ids.deal, amount: '1.00' }),
  'PUT /api/v1/me/broker-certificate': () => ({ certificateNo: 'ZJ-JJR-2026-00001' }),
  'POST /api/v1/brokers/{userId}/verify': () => ({}),
  'POST /api/v1/demands/{id}/brokers': () => ({}),
  'PATCH /api/v1/broker-follows/{id}': () => ({ contactsAllowed: true }),
  'POST /api/v1/introductions': ({ ids }) => ({ demandId: ids.demand, outcomeId: ids.outcome, note: '双方技术方向一致，建议面谈。' }),
  'POST /api/v1/introductions/{id}/messages': () => ({ body: '好的，约个时间详谈。' }),
  'POST /api/v1/keywords/suggest': () => ({
    title: '车间空压机电费太高，想节能改造',
    text: '六台螺杆空压机全天运行，热量白白排掉。',
    keywords: ['空压机'],
  }),
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
  'GET /api/v1/stats/pipeline': `year=${new Date().getFullYear()}`,
  'GET /api/v1/stats/attribution': `year=${new Date().getFullYear()}`,
  'GET /api/v1/stats/declines': `year=${new Date().getFullYear()}`,
};

/** Fixtures a route's valid body refers to, beyond its path parameters. */
export const BODY_FIXTURES: Record<string, FixtureKey[]> = {
  'POST /api/v1/inquiries': ['outcome', 'demand'],
  'POST /api/v1/vouchers/{id}/redemptions': ['deal'],
  'POST /api/v1/introductions': ['demand', 'outcome'],
};

function json(value: object): { [key: string]: Json } {
  return JSON.parse(JSON.stringify(value)) as { [key: string]: Json };
}

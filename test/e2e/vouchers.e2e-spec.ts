import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { randomInt, randomUUID } from 'node:crypto';
import type { App } from 'supertest/types.js';
import { DataSource } from 'typeorm';
import { todayInChina } from '@app/common';
import { bureauToken } from '../helpers/bureau.js';
import { registerMember, startWorker, waitFor, type Member } from '../helpers/deals.js';
import { createIsolatedDatabase } from '../helpers/isolated-db.js';
import { bearer } from '../helpers/listings.js';
import { api, createTestApp } from '../helpers/test-app.js';

/**
 * Innovation vouchers through the public API on the real services: the year's budget, vouchers
 * issued against it, redemptions on recorded deals, and the caps under 200 concurrent requests.
 * Own database: the budget of the current year and the ledger totals are the suite's own.
 */
describe('innovation vouchers (e2e)', () => {
  let app: INestApplication<App>;
  let worker: INestApplicationContext;
  let db: DataSource;
  let drop: () => Promise<void>;
  let bureau: string;
  let holder: Member;
  let provider: Member;
  let stranger: Member;
  const year = Number(todayInChina().slice(0, 4));
  const signedYear = year - 1;
  const validUntil = `${year + 1}-06-30`;
  let serial = randomInt(1_000_000, 9_000_000) * 100;

  beforeAll(async () => {
    const isolated = await createIsolatedDatabase('vouchers');
    drop = isolated.drop;
    app = await createTestApp(isolated.env);
    worker = await startWorker({ ...process.env, ...isolated.env });
    db = app.get(DataSource);
    bureau = await bureauToken(app);
    holder = await registerMember(app, 'enterprise', { verifyWith: bureau });
    provider = await registerMember(app, 'institution', { verifyWith: bureau });
    stranger = await registerMember(app, 'enterprise', { verifyWith: bureau });
  });

  afterAll(async () => {
    await worker?.close();
    await app?.close();
    await drop?.();
  });

  /** Registered contracts between the holder (buyer) and the provider (seller), imported by the bureau and recorded by the worker. */
  async function recordedDeals(count: number, technologyAmount: string, buyer = holder): Promise<string[]> {
    const rows = Array.from({ length: count }, (_, i) =>
      [
        buyer.orgId,
        provider.orgId,
        '技术开发',
        '现代农业',
        technologyAmount,
        technologyAmount,
        `${signedYear}-05-${(i % 28) + 1}`,
        `${signedYear}331127${String(serial++).padStart(9, '0')}`,
      ].join(','),
    );
    const csv = `买方,卖方,合同类型,技术领域,成交额,技术交易额,签订日期,技术合同登记号\r\n${rows.join('\r\n')}\r\n`;
    const res = await api(app).post('/api/v1/deals/import').set(bearer(bureau)).attach('file', Buffer.from(csv, 'utf8'), 'contracts.csv');
    expect([201, 202]).toContain(res.status);
    expect(res.body).toMatchObject({ accepted: count, rejected: 0 });
    const ids: string[] = (
      await db.query(`SELECT id FROM deals WHERE registration_no = ANY($1) ORDER BY registration_no`, [rows.map((r) => r.split(',')[7])])
    ).map((r: { id: string }) => r.id);
    await waitFor(
      async () =>
        Number((await db.query(`SELECT count(*)::int AS n FROM deals WHERE id = ANY($1) AND status = 'recorded'`, [ids]))[0].n) === count,
      60_000,
      `${count} deals recorded`,
    );
    return ids;
  }

  const issue = (body: Record<string, unknown>, token = bureau, key?: string) => {
    const req = api(app).post('/api/v1/vouchers').set(bearer(token));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const redeem = (voucherId: string, body: Record<string, unknown>, token = holder.token) =>
    api(app).post(`/api/v1/vouchers/${voucherId}/redemptions`).set(bearer(token)).send(body);

  it('issues nothing without a budget, then never beyond it, even when 200 issues arrive at once', async () => {
    const early = await issue({ organizationId: holder.orgId, amount: '10.00', validUntil, mode: 'general' }).expect(409);
    expect(early.body.code).toBe('VOUCHER_BUDGET_EXCEEDED');
    await api(app).put(`/api/v1/voucher-budgets/${year}`).set(bearer(bureau)).send({ amount: '1000.00' }).expect(200);
    const answers = await Promise.all(
      Array.from({ length: 200 }, () => issue({ organizationId: stranger.orgId, amount: '7.00', validUntil, mode: 'general' })),
    );
    const created = answers.filter((r) => r.status === 201).length;
    expect(created).toBe(142); // 142 × 7.00 = 994.00 ≤ 1000.00 < 143 × 7.00
    expect(answers.filter((r) => r.status === 409).length).toBe(58);
    const budget = await api(app).get(`/api/v1/voucher-budgets/${year}`).set(bearer(bureau)).expect(200);
    expect(budget.body).toMatchObject({ amount: '1000.00', issued: '994.00', remaining: '6.00' });
    const [{ sum }] = await db.query('SELECT sum(amount_fen)::text AS sum FROM vouchers');
    expect(sum).toBe('99400');
    // The budget cannot be lowered below what is issued; raised, it covers more.
    const lowered = await api(app).put(`/api/v1/voucher-budgets/${year}`).set(bearer(bureau)).send({ amount: '900.00' }).expect(409);
    expect(lowered.body.errors[0].field).toBe('amount');
    await api(app).put(`/api/v1/voucher-budgets/${year}`).set(bearer(bureau)).send({ amount: '1000000.00' }).expect(200);
  });

  it('checks who issues, to whom, and every field, and writes nothing when it refuses', async () => {
    const before = Number((await db.query('SELECT count(*)::int AS n FROM vouchers'))[0].n);
    await issue({ organizationId: holder.orgId, amount: '10.00', validUntil, mode: 'general' }, holder.token).expect(403);
    await api(app).post('/api/v1/vouchers').send({}).expect(401);
    for (const [body, field] of [
      [{ organizationId: 'x', amount: '10.00', validUntil, mode: 'general' }, 'organizationId'],
      [{ organizationId: holder.orgId, amount: '10.001', validUntil, mode: 'general' }, 'amount'],
      [{ organizationId: holder.orgId, amount: 10, validUntil, mode: 'general' }, 'amount'],
      [{ organizationId: holder.orgId, amount: '10.00', validUntil: '2020-01-01', mode: 'general' }, 'validUntil'],
      [{ organizationId: holder.orgId, amount: '10.00', validUntil: `${year}-02-30`, mode: 'general' }, 'validUntil'],
      [{ organizationId: holder.orgId, amount: '10.00', validUntil, mode: 'both' }, 'mode'],
      [{ organizationId: provider.orgId, amount: '10.00', validUntil, mode: 'general' }, 'organizationId'],
      [{ organizationId: randomUUID(), amount: '10.00', validUntil, mode: 'general' }, 'organizationId'],
    ] as const) {
      const res = await issue(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(Number((await db.query('SELECT count(*)::int AS n FROM vouchers'))[0].n)).toBe(before);
    // The same Idempotency-Key and body: the same voucher, issued once.
    const key = randomUUID();
    const body = { organizationId: holder.orgId, amount: '20.00', validUntil, mode: 'general' };
    const first = await issue(body, bureau, key).expect(201);
    const again = await issue(body, bureau, key).expect(200);
    expect(again.body.id).toBe(first.body.id);
    await issue({ ...body, amount: '30.00' }, bureau, key).expect(400);
  });

  it('redeems on recorded deals of its holder, within the voucher, exactly, when 200 redemptions arrive at once', async () => {
    const deals = await recordedDeals(200, '10.00');
    const voucher = (await issue({ organizationId: holder.orgId, amount: '150.00', validUntil, mode: 'general' }).expect(201)).body;
    // Each redemption is 1.00 on its own deal (the share cap is 5.00 a deal): the voucher allows 150.
    const answers = await Promise.all(deals.map((dealId) => redeem(voucher.id, { dealId, amount: '1.00' })));
    expect(answers.filter((r) => r.status === 201).length).toBe(150);
    const refused = answers.filter((r) => r.status === 409);
    expect(refused.length).toBe(50);
    expect(refused[0].body.code).toBe('VOUCHER_REDEMPTION_REFUSED');
    const view = await api(app).get(`/api/v1/vouchers/${voucher.id}`).set(bearer(holder.token)).expect(200);
    expect(view.body).toMatchObject({ amount: '150.00', redeemed: '150.00', remaining: '0.00' });
    expect(view.body.redemptions).toHaveLength(150);
    const [{ ledger }] = await db.query(
      `SELECT sum(amount_fen)::text AS ledger FROM voucher_ledger WHERE voucher_id = $1 AND kind = 'redeem'`,
      [voucher.id],
    );
    expect(ledger).toBe('15000');
    // A replayed redemption redeems nothing more.
    const done = answers.find((r) => r.status === 201)!.body;
    const replay = await redeem(voucher.id, { dealId: done.dealId, amount: '1.00' }).expect(200);
    expect(replay.body.id).toBe(done.id);
    const after = await api(app).get(`/api/v1/vouchers/${voucher.id}`).set(bearer(holder.token)).expect(200);
    expect(after.body.redeemed).toBe('150.00');
  });

  it('keeps one deal within its voucher share across vouchers and concurrent replays', async () => {
    const [dealId] = await recordedDeals(1, '100.00');
    const vouchers = await Promise.all(
      Array.from(
        { length: 4 },
        async () =>
          (await issue({ organizationId: holder.orgId, amount: '100.00', validUntil, mode: 'general' }).expect(201)).body.id as string,
      ),
    );
    // 50 % of 100.00: 50.00 in all. 4 vouchers × 50 identical concurrent requests of 20.00.
    const answers = await Promise.all(vouchers.flatMap((v) => Array.from({ length: 50 }, () => redeem(v, { dealId, amount: '20.00' }))));
    expect(answers.every((r) => [200, 201, 409].includes(r.status))).toBe(true);
    expect(answers.filter((r) => r.status === 201).length).toBe(2);
    const [{ total }] = await db.query(`SELECT coalesce(sum(amount_fen), 0)::text AS total FROM voucher_ledger WHERE deal_id = $1`, [
      dealId,
    ]);
    expect(total).toBe('4000');
    const [{ redeemed }] = await db.query(`SELECT sum(redeemed_fen)::text AS redeemed FROM vouchers WHERE id = ANY($1)`, [vouchers]);
    expect(redeemed).toBe('4000');
    const over = await redeem(vouchers[3], { dealId, amount: '10.01' });
    expect([409]).toContain(over.status);
    await redeem(vouchers[3], { dealId, amount: '10.00' }).expect(201);
  });

  it('lets only the holder redeem a general voucher and only the provider an exchange voucher, on the holder’s recorded deals', async () => {
    const [dealId] = await recordedDeals(1, '1000.00');
    const [strangersDeal] = await recordedDeals(1, '1000.00', stranger);
    const general = (await issue({ organizationId: holder.orgId, amount: '100.00', validUntil, mode: 'general' }).expect(201)).body.id;
    const exchange = (await issue({ organizationId: holder.orgId, amount: '100.00', validUntil, mode: 'exchange' }).expect(201)).body.id;
    await redeem(general, { dealId, amount: '10.00' }, provider.token).expect(404);
    await redeem(general, { dealId, amount: '10.00' }, stranger.token).expect(404);
    await redeem(exchange, { dealId, amount: '10.00' }, holder.token).expect(403);
    await redeem(general, { dealId: strangersDeal, amount: '10.00' }).expect(400);
    await redeem(general, { dealId: randomUUID(), amount: '10.00' }).expect(400);
    await redeem(general, { dealId, amount: '-1' }).expect(400);
    expect(
      Number((await db.query('SELECT count(*)::int AS n FROM voucher_ledger WHERE voucher_id = ANY($1)', [[general, exchange]]))[0].n),
    ).toBe(0);
    await redeem(general, { dealId, amount: '10.00' }).expect(201);
    const byProvider = await redeem(exchange, { dealId, amount: '10.00' }, provider.token).expect(201);
    expect(byProvider.body.byOrgId).toBe(provider.orgId);
    // The provider that redeemed sees the voucher; a stranger does not.
    await api(app).get(`/api/v1/vouchers/${exchange}`).set(bearer(provider.token)).expect(200);
    await api(app).get(`/api/v1/vouchers/${exchange}`).set(bearer(stranger.token)).expect(404);
    const mine = await api(app).get('/api/v1/vouchers').set(bearer(holder.token)).expect(200);
    expect(mine.body.every((v: { organizationId: string }) => v.organizationId === holder.orgId)).toBe(true);
  });

  it('refuses a deal that is not recorded and a voucher past its date', async () => {
    // A cancelled contract of the holder's: not in the ledger, so no voucher pays for it.
    const [{ id: cancelled }] = await db.query(
      `INSERT INTO deals (buyer_org_id, seller_org_id, contract_type, field, amount_fen, technology_amount_fen, signed_at, year, month, region, status, cancelled_at, created_by_user_id, created_by_org_id, idempotency_key, request_hash)
       VALUES ($1, $2, 'development', 'modern_agriculture', 10000, 10000, $3, $4, 5, '331127', 'cancelled', now(), $5, $1, $6, repeat('0', 64)) RETURNING id`,
      [holder.orgId, provider.orgId, `${signedYear}-05-01`, signedYear, holder.userId, randomUUID()],
    );
    const voucher = (await issue({ organizationId: holder.orgId, amount: '100.00', validUntil, mode: 'general' }).expect(201)).body.id;
    const notRecorded = await redeem(voucher, { dealId: cancelled, amount: '1.00' }).expect(409);
    expect(notRecorded.body.errors[0].field).toBe('dealId');
    const [dealId] = await recordedDeals(1, '100.00');
    await db.query(`UPDATE vouchers SET valid_until = $2 WHERE id = $1`, [voucher, `${year - 1}-12-31`]);
    const expired = await redeem(voucher, { dealId, amount: '1.00' }).expect(409);
    expect(expired.body.message).toMatch(/expired/);
  });

  it('gives a cancelled deal’s redemptions back to its vouchers, once', async () => {
    const [dealId] = await recordedDeals(1, '200.00');
    const voucher = (await issue({ organizationId: holder.orgId, amount: '100.00', validUntil, mode: 'general' }).expect(201)).body.id;
    await redeem(voucher, { dealId, amount: '60.00' }).expect(201);
    await api(app).post(`/api/v1/deals/${dealId}/cancel`).set(bearer(bureau)).send({ reason: '合同解除' }).expect(200);
    await api(app).post(`/api/v1/deals/${dealId}/cancel`).set(bearer(bureau)).send({ reason: '合同解除' }).expect(200);
    const view = (await api(app).get(`/api/v1/vouchers/${voucher}`).set(bearer(holder.token)).expect(200)).body;
    expect(view).toMatchObject({ redeemed: '0.00', remaining: '100.00' });
    expect(view.redemptions.map((r: { kind: string; amount: string }) => [r.kind, r.amount])).toEqual([
      ['redeem', '60.00'],
      ['reverse', '60.00'],
    ]);
    const [{ redeemed }] = await db.query('SELECT redeemed_fen::text AS redeemed FROM voucher_deal_totals WHERE deal_id = $1', [dealId]);
    expect(redeemed).toBe('0');
    // Cancelled, the deal takes no new redemption.
    await redeem(voucher, { dealId, amount: '10.00' }).expect(409);
  });

  it('gives price guidance: a count below five recorded deals, a rounded range from five on, to anyone', async () => {
    const guidance = async (query: string) => (await api(app).get(`/api/v1/price-guidance?${query}`).expect(200)).body;
    expect(await guidance('mode=license&field=electronics')).toEqual(
      expect.objectContaining({ n: 0, insufficient: true, mode: 'license', field: 'electronics', stage: null }),
    );
    const licence = async (amount: string) => {
      const row = [
        holder.orgId,
        provider.orgId,
        '技术许可',
        '电子信息',
        amount,
        amount,
        `${signedYear}-07-01`,
        `${signedYear}331127${String(serial++).padStart(9, '0')}`,
      ];
      const csv = `买方,卖方,合同类型,技术领域,成交额,技术交易额,签订日期,技术合同登记号\r\n${row.join(',')}\r\n`;
      await api(app).post('/api/v1/deals/import').set(bearer(bureau)).attach('file', Buffer.from(csv, 'utf8'), 'one.csv');
      await waitFor(
        async () =>
          Number(
            (await db.query(`SELECT count(*)::int AS n FROM deals WHERE registration_no = $1 AND status = 'recorded'`, [row[7]]))[0].n,
          ) === 1,
        60_000,
        'the licence recorded',
      );
    };
    for (const amount of ['123456.00', '234567.00', '345678.00', '456789.00']) await licence(amount);
    const four = await guidance('mode=license&field=electronics');
    expect(four).toMatchObject({ n: 4, insufficient: true });
    expect(four.median).toBeUndefined();
    await licence('567890.00');
    // Five amounts: p25 = 234,567, median 345,678, p75 456,789 — published to three significant figures.
    expect(await guidance('mode=license&field=electronics')).toMatchObject({
      n: 5,
      insufficient: false,
      p25: '235000.00',
      median: '346000.00',
      p75: '457000.00',
    });
    expect(await guidance('mode=license&field=electronics&stage=lab')).toMatchObject({ n: 0, insufficient: true, stage: 'lab' });
    for (const [query, field] of [
      ['mode=sale', 'mode'],
      ['field=tea', 'field'],
      ['stage=9', 'stage'],
    ]) {
      const res = await api(app).get(`/api/v1/price-guidance?${query}`).expect(400);
      expect(res.body.errors[0].field).toBe(field);
    }
  });

  it('reports budget, issued, redeemed, expired and the leverage to the bureau only', async () => {
    await api(app).get(`/api/v1/stats/vouchers?year=${year}`).set(bearer(holder.token)).expect(403);
    const stats = (await api(app).get(`/api/v1/stats/vouchers?year=${year}`).set(bearer(bureau)).expect(200)).body;
    const [{ redeemed, issued }] = await db.query(
      `SELECT (SELECT sum(CASE kind WHEN 'redeem' THEN amount_fen ELSE -amount_fen END) FROM voucher_ledger)::text AS redeemed, (SELECT sum(amount_fen) FROM vouchers)::text AS issued`,
    );
    expect(stats.redeemed).toBe(formatYuan(redeemed));
    expect(stats.issued).toBe(formatYuan(issued));
    expect(stats.budget).toBe('1000000.00');
    expect(Number(stats.expired)).toBeGreaterThan(0);
    const [{ turnover }] = await db.query(
      `SELECT sum(amount_fen)::text AS turnover FROM deals WHERE id IN (SELECT deal_id FROM voucher_ledger GROUP BY deal_id HAVING sum(CASE kind WHEN 'redeem' THEN amount_fen ELSE -amount_fen END) > 0)`,
    );
    expect(stats.paidDealsTurnover).toBe(formatYuan(turnover));
    const expected = (BigInt(turnover) * 200n + BigInt(redeemed)) / (2n * BigInt(redeemed));
    expect(stats.leverage).toBe(`${expected / 100n}.${String(expected % 100n).padStart(2, '0')}`);
  });
});

function formatYuan(fen: string): string {
  const n = BigInt(fen);
  return `${n / 100n}.${String(n % 100n).padStart(2, '0')}`;
}

import { dealBody, dealsWhere, countRows, newKey, postRegistered, registerMember, waitFor } from '../helpers/deals.js';
import { startMarket, type TestMarket } from '../helpers/market.js';
import { api } from '../helpers/test-app.js';

describe('deals (e2e)', () => {
  type Market = TestMarket<'buyer' | 'seller' | 'outsider'>;
  let market: Market;
  let { app, db, bureau, buyer, seller, outsider } = {} as Market;

  beforeAll(async () => {
    market = await startMarket({ redisTag: 'deals', members: { buyer: 'enterprise', seller: 'institution', outsider: 'enterprise' } });
    ({ app, db, bureau, buyer, seller, outsider } = market);
  });

  afterAll(() => market?.drop());

  const post = (token: string, body: object, key: string | null = newKey()) => {
    const req = api(app).post('/api/v1/deals').set('Authorization', `Bearer ${token}`);
    return (key === null ? req : req.set('Idempotency-Key', key)).send(body);
  };
  const get = (token: string, path: string) => api(app).get(`/api/v1${path}`).set('Authorization', `Bearer ${token}`);
  const statusOf = async (id: string) => (await db.query('SELECT status FROM deals WHERE id = $1', [id]))[0]?.status as string;
  const recorded = (id: string) => waitFor(async () => (await statusOf(id)) === 'recorded', 30_000, `deal ${id} recorded`);
  const stats = async (year: number) => (await get(bureau, `/stats/turnover?year=${year}`).expect(200)).body;
  const dealsOfBuyer = (orgId: string) => dealsWhere(db, 'buyer_org_id = $1', [orgId]);
  const member = () => registerMember(app, 'enterprise', { verifyWith: bureau });

  describe('POST /deals', () => {
    it("takes a party's deal as declared (201), with nothing in the ledger", async () => {
      const res = await post(
        buyer.token,
        dealBody(buyer.orgId, seller.orgId, {
          signedAt: '2019-05-05',
          pricing: 'agreement',
          title: '茶叶连续化杀青工艺开发合同',
          contractSubtype: '委托开发',
          termStart: '2019-05-05',
          termEnd: '2020-05-04',
          paymentMode: '分期支付',
        }),
      ).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), status: 'declared' });
      const deal = (await get(seller.token, `/deals/${res.body.id}`).expect(200)).body;
      expect(deal).toMatchObject({
        status: 'declared',
        statusLabel: '待对方确认',
        pricing: 'agreement',
        title: '茶叶连续化杀青工艺开发合同',
        contractSubtype: '委托开发',
        termEnd: '2020-05-04',
        paymentMode: '分期支付',
        declaredByOrgId: buyer.orgId,
        awaitsCaller: true,
        large: false,
        history: [{ status: 'declared', actor: expect.any(String), reason: null, at: expect.any(String) }],
      });
      expect((await get(buyer.token, `/deals/${res.body.id}`).expect(200)).body.awaitsCaller).toBe(false);
      expect(await countRows(db, 'SELECT 1 FROM ledger_entries WHERE deal_id = $1', [res.body.id])).toBe(0);
    });

    it('takes a registered contract from the bureau (201 registered), then the worker records it into the ledger', async () => {
      const res = await post(
        bureau,
        dealBody(buyer.orgId, seller.orgId, { signedAt: '2019-05-06', registrationNo: '2019 331127 0000001234' }),
      ).expect(201);
      expect(res.body).toEqual({ id: expect.any(String), status: 'registered' });
      await recorded(res.body.id);
      const deal = (await get(seller.token, `/deals/${res.body.id}`).expect(200)).body;
      expect(deal).toMatchObject({
        status: 'recorded',
        statusLabel: '已入账',
        amount: '1250000.00',
        technologyAmount: '1250000.00',
        contractTypeLabel: '技术开发',
        fieldLabel: '现代农业',
        registrationNo: '20193311270000001234',
        region: '331127',
        buyer: { id: buyer.orgId, name: expect.any(String) },
        history: [
          { status: 'registered', actor: '科技局' },
          { status: 'recorded', actor: '系统' },
        ],
      });
      const entries = await db.query('SELECT kind, amount_fen FROM ledger_entries WHERE deal_id = $1', [res.body.id]);
      expect(entries).toEqual([{ kind: 'record', amount_fen: '125000000' }]);
    });

    it.each([
      ['"0"', '0'],
      ['"-5"', '-5'],
      ['"1.001"', '1.001'],
      ['"abc"', 'abc'],
      ['"1,000"', '1,000'],
      ['"1e21"', '1e21'],
      ['the number 1e21', 1e21],
      ['a number instead of a string', 1250000],
    ])('rejects amount %s with 400 naming the field and writes nothing', async (_label, amount) => {
      const org = await member();
      const res = await post(org.token, dealBody(org.orgId, seller.orgId, { amount })).expect(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['amount']);
      expect(await dealsOfBuyer(org.orgId)).toBe(0);
    });

    it.each([
      ['technologyAmount above amount', 'technologyAmount', { amount: '100.00', technologyAmount: '100.01' }],
      ['technologyAmount as a number', 'technologyAmount', { technologyAmount: 5 }],
      ['the same organization on both sides', 'sellerOrgId', { sellerOrgId: 'BUYER' }],
      ['an unknown contract type', 'contractType', { contractType: 'gift' }],
      ['a signing date in the future', 'signedAt', { signedAt: '2999-01-01' }],
      ['a signing date that does not exist', 'signedAt', { signedAt: '2021-02-29' }],
      ['a malformed registration number', 'registrationNo', { registrationNo: 'ABC-123' }],
      ['a registration number from a party', 'registrationNo', { registrationNo: '2019 331127 0000005678' }],
      ['an unknown pricing', 'pricing', { pricing: 'barter' }],
      ['a subtype of another contract type', 'contractSubtype', { contractSubtype: '专利权' }],
      ['a term that ends before it starts', 'termEnd', { termStart: '2020-01-02', termEnd: '2020-01-01' }],
      ['an unknown payment mode', 'paymentMode', { paymentMode: '以物易物' }],
      ['no field and no listing', 'field', { field: undefined }],
      ['an unknown seller', 'sellerOrgId', { sellerOrgId: '5b0c7e4e-8a43-4c65-9a53-7e3f2b8f9a10' }],
      ['a malformed seller id', 'sellerOrgId', { sellerOrgId: 'not-a-uuid' }],
    ])('rejects %s with 400 naming %s and writes nothing', async (_label, field, overrides) => {
      const org = await member();
      const body = dealBody(org.orgId, seller.orgId, overrides);
      if (body.sellerOrgId === 'BUYER') body.sellerOrgId = org.orgId;
      const res = await post(org.token, body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
      expect(await dealsOfBuyer(org.orgId)).toBe(0);
    });

    it('requires the Idempotency-Key header and bounds its length', async () => {
      const org = await member();
      const missing = await post(org.token, dealBody(org.orgId, seller.orgId), null).expect(400);
      expect(missing.body.errors).toEqual([{ field: 'Idempotency-Key', messages: [expect.any(String)] }]);
      const long = await post(org.token, dealBody(org.orgId, seller.orgId), 'k'.repeat(129)).expect(400);
      expect(long.body.errors[0].field).toBe('Idempotency-Key');
      expect(await dealsOfBuyer(org.orgId)).toBe(0);
    });

    it('answers the same deal for the same key and body, and 409 for the same key with another body', async () => {
      const key = newKey();
      const body = dealBody(buyer.orgId, seller.orgId, { amount: '88.80', signedAt: '2019-07-01' });
      const first = await post(buyer.token, body, key).expect(201);
      const again = await post(buyer.token, { ...body, amount: '88.8' }, key).expect(201);
      expect(again.body.id).toBe(first.body.id);
      const conflict = await post(buyer.token, { ...body, amount: '88.81' }, key).expect(409);
      expect(conflict.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await dealsWhere(db, 'created_by_org_id = $1 AND idempotency_key = $2', [buyer.orgId, key])).toBe(1);
    });

    it('scopes keys per organization: the seller may use the same key for its own deal', async () => {
      const key = newKey();
      const a = await post(buyer.token, dealBody(buyer.orgId, seller.orgId, { signedAt: '2019-08-01' }), key).expect(201);
      const b = await post(seller.token, dealBody(buyer.orgId, seller.orgId, { signedAt: '2019-08-02' }), key).expect(201);
      expect(b.body.id).not.toBe(a.body.id);
    });

    it('refuses a non-party enterprise with 403 and writes nothing', async () => {
      const res = await post(outsider.token, dealBody(buyer.orgId, seller.orgId, { amount: '777.77' })).expect(403);
      expect(res.body.code).toBe('FORBIDDEN');
      await post(outsider.token, dealBody(buyer.orgId, seller.orgId), null).expect(403);
      expect(await dealsWhere(db, 'created_by_org_id = $1', [outsider.orgId])).toBe(0);
    });

    it('refuses a member of an unverified organization with 403, even as a party, and writes nothing', async () => {
      const unverified = await registerMember(app);
      const res = await post(unverified.token, dealBody(unverified.orgId, seller.orgId)).expect(403);
      expect(res.body.message).toContain('verified');
      expect(await dealsOfBuyer(unverified.orgId)).toBe(0);
    });

    it('refuses anonymous callers with 401; the bureau needs a registration number', async () => {
      await api(app).post('/api/v1/deals').set('Idempotency-Key', newKey()).send(dealBody(buyer.orgId, seller.orgId)).expect(401);
      const missing = await post(bureau, dealBody(buyer.orgId, seller.orgId, { signedAt: '2019-09-08', amount: '31.31' })).expect(400);
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toEqual(['registrationNo']);
      expect(await dealsWhere(db, 'amount_fen = 3131', [])).toBe(0);
    });
  });

  describe('GET /deals/:id and GET /deals', () => {
    it('shows a deal to its parties and the bureau, 404 to others, 400 for a malformed id', async () => {
      const { body } = await post(buyer.token, dealBody(buyer.orgId, seller.orgId, { signedAt: '2019-10-10' })).expect(201);
      await get(buyer.token, `/deals/${body.id}`).expect(200);
      await get(bureau, `/deals/${body.id}`).expect(200);
      expect((await get(outsider.token, `/deals/${body.id}`).expect(404)).body.code).toBe('DEAL_NOT_FOUND');
      await get(bureau, '/deals/7d0a4f6e-2b1c-4c8e-9f3a-1b2c3d4e5f60').expect(404);
      await get(bureau, '/deals/nope').expect(400);
    });

    it("filters and pages; members see only their organization's deals", async () => {
      const org = await member();
      for (const [i, contractType] of ['service', 'consulting', 'service'].entries()) {
        await post(org.token, dealBody(org.orgId, seller.orgId, { contractType, signedAt: `2017-0${i + 1}-15` })).expect(201);
      }
      const mine = (await get(org.token, '/deals?year=2017&contractType=service&limit=1').expect(200)).body;
      expect(mine.total).toBe(2);
      expect(mine.items).toHaveLength(1);
      expect(mine.items[0]).toMatchObject({ contractType: 'service', signedAt: '2017-03-15' });
      expect((await get(outsider.token, '/deals?year=2017').expect(200)).body.total).toBe(0);
      expect((await get(bureau, '/deals?year=2017').expect(200)).body.total).toBeGreaterThanOrEqual(3);
      const bad = await get(bureau, '/deals?status=lost').expect(400);
      expect(bad.body.errors[0].field).toBe('status');
    });
  });

  describe('POST /deals/:id/cancel', () => {
    it('reverses a recorded deal exactly; cancelling again changes nothing', async () => {
      const year = 2016;
      const keep = {
        body: {
          id: await postRegistered(app, bureau, dealBody(buyer.orgId, seller.orgId, { amount: '1000.10', signedAt: `${year}-04-01` })),
        },
      };
      const drop = {
        body: {
          id: await postRegistered(app, bureau, dealBody(buyer.orgId, seller.orgId, { amount: '250.05', signedAt: `${year}-04-02` })),
        },
      };
      await recorded(keep.body.id);
      await recorded(drop.body.id);
      expect((await stats(year)).total).toBe('1250.15');
      const cancelled = await api(app)
        .post(`/api/v1/deals/${drop.body.id}/cancel`)
        .set('Authorization', `Bearer ${bureau}`)
        .send({ reason: '合同解除' })
        .expect(200);
      expect(cancelled.body).toMatchObject({ status: 'cancelled', statusLabel: '已撤销', cancelReason: '合同解除' });
      const after = await stats(year);
      expect(after).toMatchObject({ total: '1000.10', dealCount: 1 });
      const twice = await api(app)
        .post(`/api/v1/deals/${drop.body.id}/cancel`)
        .set('Authorization', `Bearer ${bureau}`)
        .send({})
        .expect(200);
      expect(twice.body).toMatchObject({ status: 'cancelled', cancelledAt: cancelled.body.cancelledAt, cancelReason: '合同解除' });
      expect((await stats(year)).total).toBe('1000.10');
      const entries = await db.query('SELECT kind, amount_fen FROM ledger_entries WHERE deal_id = $1 ORDER BY id', [drop.body.id]);
      expect(entries).toEqual([
        { kind: 'record', amount_fen: '25005' },
        { kind: 'cancel', amount_fen: '-25005' },
      ]);
    });

    it('records and reverses a still-registered deal in one step, and the late job changes nothing', async () => {
      const year = 2015;
      const before = (await stats(year)).total;
      await market.stopWorker(); // nobody records meanwhile
      try {
        const body = {
          id: await postRegistered(app, bureau, dealBody(buyer.orgId, seller.orgId, { amount: '99.99', signedAt: `${year}-01-01` })),
        };
        expect(await statusOf(body.id)).toBe('registered');
        await api(app).post(`/api/v1/deals/${body.id}/cancel`).set('Authorization', `Bearer ${bureau}`).send({}).expect(200);
        expect(await statusOf(body.id)).toBe('cancelled');
        expect(await countRows(db, 'SELECT 1 FROM ledger_entries WHERE deal_id = $1', [body.id])).toBe(2);
      } finally {
        await market.restartWorker();
      }
      expect((await stats(year)).total).toBe(before);
    });

    it('is for the bureau only: 403 for a party, 404 for an unknown deal', async () => {
      const { body } = await post(buyer.token, dealBody(buyer.orgId, seller.orgId, { signedAt: '2019-11-11' })).expect(201);
      await api(app).post(`/api/v1/deals/${body.id}/cancel`).set('Authorization', `Bearer ${buyer.token}`).send({}).expect(403);
      expect(await statusOf(body.id)).not.toBe('cancelled');
      await api(app)
        .post('/api/v1/deals/7d0a4f6e-2b1c-4c8e-9f3a-1b2c3d4e5f60/cancel')
        .set('Authorization', `Bearer ${bureau}`)
        .send({})
        .expect(404);
    });
  });
});

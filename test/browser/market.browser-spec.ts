/**
 * The market in a real browser, end to end on the stack `npm start` runs: an enterprise
 * registers and posts a demand, the bureau verifies it and approves the demand, an
 * institution's outcome appears among the demand's matches, the enterprise opens an inquiry,
 * declares the deal, the institution confirms it, the bureau registers it from its queue, and
 * the bureau's dashboard shows the amount. Invalid input shows its
 * message beside the field and sends nothing. Screenshots land in test-artifacts/screenshots/.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { GOOD_PASSWORD, makeCreditCode, uniqueEmail } from '../../libs/accounts/test/accounts.factory.js';
import { DEMO_BUREAU } from '../../apps/cli/src/seed/demo-data.js';
import {
  choose,
  fieldError,
  fieldInput,
  launchChromium,
  mailedToken,
  recordApiRequests,
  seriousViolations,
  shot,
  startStack,
  type Stack,
} from './stack.js';

const AMOUNT = '1234567.89';
const AMOUNT_GROUPED = '1,234,567.89';

/** Exact yuan arithmetic on grouped strings ("1,234.50"), in fen. */
const fen = (text: string) => {
  const [whole, frac = '00'] = text.replace(/,/g, '').trim().split('.');
  return BigInt(whole) * 100n + BigInt(frac.padEnd(2, '0').slice(0, 2));
};

describe('techmarket in the browser', () => {
  let stack: Stack;
  let browser: Browser;
  let enterprise: BrowserContext;
  let institution: BrowserContext;
  let bureau: BrowserContext;
  const company = { email: uniqueEmail('tea'), name: `青岚明前茶厂${Date.now().toString(36)}`, creditCode: makeCreditCode('91') };
  const university = { email: uniqueEmail('tto'), name: `东瓯茶学研究所${Date.now().toString(36)}`, creditCode: makeCreditCode('12') };
  const demandTitle = '绿茶杀青后叶片发黄打卷，求杀青工艺改进';
  const outcomeTitle = '名优绿茶智能杀青与理条关键工艺';
  let demandUrl = '';
  let totalBefore = 0n;

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    enterprise = await browser.newContext({ baseURL: stack.base, locale: 'zh-CN', reducedMotion: 'reduce' });
    institution = await browser.newContext({ baseURL: stack.base, locale: 'zh-CN', reducedMotion: 'reduce' });
    bureau = await browser.newContext({
      baseURL: stack.base,
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      viewport: { width: 1366, height: 900 },
    });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(path);
    return page;
  }

  async function login(context: BrowserContext, email: string, password: string): Promise<Page> {
    const page = await open(context, '/login');
    await page.locator('input[name=email]').fill(email);
    await page.locator('input[name=password]').fill(password);
    await page.locator('input[name=password]').press('Enter'); // keyboard submit
    await page.waitForURL((url) => !url.pathname.startsWith('/login'));
    return page;
  }

  async function registerOrg(
    context: BrowserContext,
    type: 'enterprise' | 'institution',
    org: typeof company,
    person: string,
  ): Promise<Page> {
    const page = await open(context, '/register');
    if (type === 'institution') await page.locator('[data-test=type-institution]').click();
    await page.locator('input[name=orgName]').fill(org.name);
    await page.locator('input[name=creditCode]').fill(org.creditCode);
    await pickRegion(page, ['浙江省', '丽水市', '景宁畲族自治县']);
    await page.locator('input[name=displayName]').fill(person);
    await page.locator('input[name=email]').fill(org.email);
    await page.locator('input[name=password]').fill(GOOD_PASSWORD);
    await page.locator('[data-test=submit]').click();
    await page.waitForURL(type === 'enterprise' ? '**/demands/new' : '**/outcomes/new');
    return page;
  }

  /** Chooses a place in a region cascader level by level, as a person clicks through it. */
  async function pickRegion(page: Page, names: string[], field = 'region'): Promise<void> {
    await page.locator(`[data-test=${field}]`).click();
    for (const name of names) {
      await page.locator('.el-cascader-node', { hasText: name }).filter({ visible: true }).first().click();
    }
  }

  it('shows the home page in Chinese with the search box and the latest listings', async () => {
    const page = await open(enterprise, '/');
    await expectVisible(page.getByRole('heading', { name: '找技术、找需求，一站对接' }));
    await expectVisible(page.getByRole('search').locator('input[name=q]'));
    await page.locator('[data-test=loading]').first().waitFor({ state: 'detached' });
    await shot(page, '01-home');
  });

  it('switches to English and back, remembering the choice', async () => {
    const page = await open(enterprise, '/register');
    await page.locator('[data-test=lang]').click();
    await expectVisible(page.getByRole('heading', { name: 'Register your organization' }));
    await page.reload();
    await expectVisible(page.getByRole('heading', { name: 'Register your organization' }));
    await page.locator('input[name=creditCode]').fill('91331127MA28QL001C');
    await page.locator('input[name=creditCode]').blur();
    await expectText(fieldError(page, 'Unified social credit code'), 'The check character does not match; please verify the code');
    await page.locator('[data-test=lang]').click();
    await expectVisible(page.getByRole('heading', { name: '注册机构账号' }));
  });

  it('shows invalid registration input beside each field and sends nothing', async () => {
    const page = await open(enterprise, '/register');
    const api = recordApiRequests(page);
    await page.locator('input[name=orgName]').fill('青岚测试企业');
    await page.locator('input[name=creditCode]').fill('91331127MA28QL001C'); // checksum should be B
    // No region chosen: the cascader offers only real places, so the missing one is the error.
    await page.locator('input[name=displayName]').fill('测试');
    await page.locator('input[name=email]').fill('not-an-email');
    await page.locator('input[name=password]').fill('short1');
    await page.locator('[data-test=submit]').click();

    await expectText(fieldError(page, '统一社会信用代码'), '统一社会信用代码校验位不正确，请核对');
    await expectText(fieldError(page, '所在地区'), '此项为必填项');
    await expectText(fieldError(page, '邮箱'), '请输入有效的邮箱地址');
    await expectText(fieldError(page, '密码'), '密码至少 10 位');
    await shot(page, '02-register-invalid');
    expect(await seriousViolations(page)).toEqual([]); // messages beside fields are readable too
    expect(api.calls().filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('shows the server’s answer beside the field when the credit code is already registered', async () => {
    const page = await open(enterprise, '/register');
    await page.locator('input[name=orgName]').fill('青岚重复企业');
    await page.locator('input[name=creditCode]').fill('91331127MA28QL001B'); // the seeded demo tea company
    await pickRegion(page, ['浙江省', '丽水市', '景宁畲族自治县']);
    await page.locator('input[name=displayName]').fill('重复');
    await page.locator('input[name=email]').fill(uniqueEmail('dup'));
    await page.locator('input[name=password]').fill(GOOD_PASSWORD);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/v1/auth/register'));
    await page.locator('[data-test=submit]').click();
    expect((await answer).status()).toBe(409);
    await expectText(
      fieldError(page, '统一社会信用代码'),
      '该统一社会信用代码的单位已注册，请联系本单位管理员在“成员管理”中向您的邮箱发送邀请',
    );
  });

  it('lets an enterprise register and shows invalid demand input beside the fields without sending it', async () => {
    const page = await registerOrg(enterprise, 'enterprise', company, '陈志远');
    await expectVisible(page.locator('[data-test=who]', { hasText: company.name }));
    const api = recordApiRequests(page);
    await page.locator('input[name=title]').fill('茶');
    await page.locator('textarea[name=text]').fill('太短');
    await page.locator('input[name=money]').fill('12,000');
    await page.locator('input[name=contactPhone]').fill('12345');
    await page.locator('[data-test=submit]').click();
    await expectText(fieldError(page, '标题'), '至少 4 个字符');
    await expectText(fieldError(page, '需求描述'), '至少 10 个字符');
    await expectText(fieldError(page, '技术领域'), '此项为必填项');
    await expectText(fieldError(page, '关键词'), '请至少填写 1 个关键词');
    await expectText(fieldError(page, '合作方式'), '请至少选择一项');
    await expectText(fieldError(page, '预算上限'), '请输入以元为单位的金额，最多两位小数，如 500000.00（不要带逗号或符号）');
    await expectText(fieldError(page, '联系电话'), '请输入有效的电话号码');
    await shot(page, '03-demand-invalid');
    expect(await seriousViolations(page)).toEqual([]);
    expect(api.calls().filter((c) => c.startsWith('POST'))).toEqual([]);
  });

  it('keeps the draft and posts the demand for review', async () => {
    const page = await open(enterprise, '/demands/new');
    await expectVisible(page.getByText('已恢复上次未提交的草稿'));
    await page.locator('input[name=title]').fill(demandTitle);
    await page
      .locator('textarea[name=text]')
      .fill('我厂生产名优绿茶，滚筒杀青后叶片发黄、边缘打卷，香气不足，希望改进杀青温度与时间控制，提高品质稳定性。');
    await choose(page, '技术领域', '现代农业');
    const keywords = fieldInput(page, '关键词');
    for (const k of ['杀青', '绿茶', '发黄']) {
      await keywords.fill(k);
      await keywords.press('Enter');
    }
    await page.locator('[data-test=modes]').getByText('合作开发').click();
    await page.locator('[data-test=modes]').getByText('转让').click();
    await page.locator('input[name=money]').fill('500000.00');
    await page.locator('input[name=contactName]').fill('陈志远');
    await page.locator('input[name=contactPhone]').fill('13812345678');
    await page.locator('[data-test=submit]').click();
    await page.waitForURL(/\/demands\/[0-9a-f-]{36}$/);
    demandUrl = new URL(page.url()).pathname;
    await expectText(page.locator('[data-test=listing-title]'), demandTitle);
    await expectText(page.locator('[data-test=status]'), '待审核');
    await shot(page, '04-demand-pending');
  });

  it('shows the verification banner until the enterprise opens the mailed link', async () => {
    const page = await open(enterprise, '/workspace');
    await expectVisible(page.locator('[data-test=verify-banner]'));
    const token = await mailedToken(stack, company.email, 'verify-email');
    await page.goto(`/verify-email/${token}`);
    await expectVisible(page.locator('[data-test=verified]'));
    await page.goto('/workspace');
    await page.locator('[data-test=verify-banner]').waitFor({ state: 'detached' });
  });

  it('lets the bureau verify the enterprise', async () => {
    const page = await login(bureau, DEMO_BUREAU.email, DEMO_BUREAU.password);
    await page.goto('/bureau/organizations');
    const verify = page.locator(`[data-test=verify-${company.creditCode}]`);
    await verify.click();
    await expectVisible(page.locator('.el-table__row', { hasText: company.name }).getByText('已认证'));
    await shot(page, '05-bureau-organizations');
  });

  it('lets the bureau approve the demand from the review queue', async () => {
    const page = await open(bureau, '/bureau/review');
    const row = page.locator('[data-test=review-queue] .el-table__row', { hasText: demandTitle });
    await shot(page, '06-bureau-review');
    await row.locator('[data-test=approve]').click();
    await row.waitFor({ state: 'detached' });
  });

  it('shows the published demand in its HTML to a browser that runs no script, and the app takes its place', async () => {
    const plain = await browser.newContext({ baseURL: stack.base, locale: 'zh-CN', javaScriptEnabled: false });
    try {
      const page = await plain.newPage();
      await page.goto(demandUrl);
      await expectVisible(page.getByRole('heading', { level: 1, name: demandTitle }));
      expect(await page.title()).toBe(`${demandTitle} · 青岚网上技术市场`);
      expect(await page.locator('.prerendered-text').innerText()).toContain('杀青');
    } finally {
      await plain.close();
    }
    const visitor = await browser.newContext({ baseURL: stack.base, locale: 'zh-CN', reducedMotion: 'reduce' });
    try {
      const page = await visitor.newPage();
      await page.goto(demandUrl);
      await expectVisible(page.locator('[data-test=listing-title]', { hasText: demandTitle }));
      // The app's page replaced the written one: one main, nothing prerendered left.
      await expectCount(page.locator('.prerendered'), 0);
      await expectCount(page.locator('main'), 1);
    } finally {
      await visitor.close();
    }
  });

  it('lists an institution’s outcome that the bureau approves', async () => {
    const page = await registerOrg(institution, 'institution', university, '周明');
    await page.locator('input[name=title]').fill(outcomeTitle);
    await page
      .locator('textarea[name=text]')
      .fill('针对名优绿茶杀青不匀、叶片发黄打卷等问题，研制滚筒杀青温度与投叶量的智能控制工艺，配套理条工艺，已在多家茶厂中试。');
    await choose(page, '技术领域', '现代农业');
    await choose(page, '技术成熟度', 'TRL 6');
    const keywords = fieldInput(page, '关键词');
    for (const k of ['杀青', '绿茶', '理条']) {
      await keywords.fill(k);
      await keywords.press('Enter');
    }
    await page.locator('[data-test=modes]').getByText('合作开发').click();
    await page.locator('input[name=money]').fill('300000.00');
    await page.locator('[data-test=submit]').click();
    await page.waitForURL(/\/outcomes\/[0-9a-f-]{36}$/);
    const outcomeUrl = new URL(page.url()).pathname;

    const desk = await open(bureau, outcomeUrl);
    await desk.locator('[data-test=approve]').click();
    await expectCount(desk.locator('[data-test=status]'), 0);
  });

  it('shows the outcome among the demand’s matches, with reasons', async () => {
    const page = await open(enterprise, demandUrl);
    const match = page.locator('[data-test=matches] .listing-card', { hasText: outcomeTitle });
    // Indexing goes through the queue: reload until the worker has indexed both listings.
    for (let attempt = 0; attempt < 60 && !(await match.count()); attempt++) {
      await page.waitForTimeout(1000);
      await page.reload();
      await page.locator('[data-test=matches] [data-test=loading]').waitFor({ state: 'detached' });
    }
    await expectVisible(match);
    expect(await match.locator('.reasons li').count()).toBeGreaterThan(0);
    await shot(page, '07-demand-matches');
  });

  it('lets the enterprise open an inquiry (对接) from the match', async () => {
    const page = await open(enterprise, demandUrl);
    await page.locator('[data-test=matches] .listing-card', { hasText: outcomeTitle }).getByRole('link', { name: outcomeTitle }).click();
    await page.waitForURL(/\/outcomes\//);
    await expectVisible(page.locator('[data-test=contact], [data-test=contact-hidden]'));
    await page.locator('[data-test=inquire]').click();
    await page.locator('textarea[data-test=inquiry-message]').waitFor();
    expect(await seriousViolations(page)).toEqual([]); // with the dialog open
    await page.locator('textarea[data-test=inquiry-message]').fill('贵所的杀青工艺能否在我厂滚筒杀青机上中试？');
    const sent = page.waitForResponse((r) => r.url().endsWith('/api/v1/inquiries') && r.request().method() === 'POST');
    await page.locator('[data-test=inquiry-send]').click();
    expect((await sent).status()).toBe(201);
    await shot(page, '08-outcome-inquiry');
  });

  it('shows the bureau dashboard before the deal, its first answers asked for once (early or by the app)', async () => {
    const page = bureau.pages()[0] ?? (await bureau.newPage());
    const asked: string[] = [];
    const listen = (request: { url: () => string }) => asked.push(new URL(request.url()).pathname);
    page.on('request', listen);
    await page.goto('/bureau/dashboard');
    await expectVisible(page.locator('[data-test=total]'));
    totalBefore = fen(await page.locator('[data-test=total]').innerText());
    page.off('request', listen);
    // public/early.js asks while the app's code downloads and the app takes those answers; with the
    // app's code in the cache the app may start first, and early.js then asks for nothing.
    const count = (path: string) => asked.filter((p) => p === path).length;
    expect([count('/api/v1/me'), count('/api/v1/stats/turnover'), count('/api/v1/notifications')]).toEqual([1, 1, 1]);
  });

  it("opens a returning user's page with the device's copy of the session, and leaves it when the api refuses the token", async () => {
    const device = await browser.newContext({ baseURL: stack.base, locale: 'zh-CN', reducedMotion: 'reduce' });
    const page = await device.newPage();
    await page.goto('/favicon.svg');
    // A token the api will refuse (revoked, expired or forged) beside a copy of the bureau's session.
    const token = `eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJub2JvZHkifQ.${'A'.repeat(43)}`;
    await page.evaluate((t) => {
      const copy = {
        token: t.slice(-24),
        me: { user: { id: 'u', orgRole: 'admin', emailVerified: true }, org: { id: 'o' }, role: 'bureau' },
      };
      localStorage.setItem('techmarket.token', t);
      localStorage.setItem('techmarket.me', JSON.stringify(copy));
    }, token);
    await page.goto('/bureau/dashboard');
    await page.waitForURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/bureau/dashboard');
    expect(await page.evaluate(() => [localStorage.getItem('techmarket.token'), localStorage.getItem('techmarket.me')])).toEqual([
      null,
      null,
    ]);
    await device.close();
  });

  let dealUrl = '';

  it('declares a deal from the inquiry, and an invalid amount is stopped beside its field', async () => {
    const page = await open(enterprise, '/workspace?tab=inquiries');
    await page.locator('[data-test=inquiries] button', { hasText: outcomeTitle }).click();
    await shot(page, '09-workspace-inquiry');
    await page.locator('[data-test=register-deal]').click();
    await page.waitForURL(/\/deals\/new/);
    const api = recordApiRequests(page);
    await choose(page, '合同类型', '技术开发');
    await fieldInput(page, '合同成交额').fill('1234567.891');
    await page.locator('[data-test=submit]').click();
    await expectText(fieldError(page, '合同成交额'), '请输入以元为单位的金额，最多两位小数，如 500000.00（不要带逗号或符号）');
    expect(api.calls().filter((c) => c.startsWith('POST'))).toEqual([]);

    await fieldInput(page, '合同成交额').fill(AMOUNT);
    const accepted = page.waitForResponse((r) => r.url().endsWith('/api/v1/deals') && r.request().method() === 'POST');
    await page.locator('[data-test=submit]').click();
    const res = await accepted;
    expect(res.status() === 201 ? 201 : await res.text()).toBe(201);
    expect(res.request().headers()['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    dealUrl = `/deals/${((await res.json()) as { id: string }).id}`;
    await expectVisible(page.locator('[data-test=deal-accepted]'));
    await shot(page, '10-deal-accepted');
  });

  it('lets the institution confirm the declared deal once the bureau verified it', async () => {
    const desk = await open(bureau, '/bureau/organizations');
    await desk.locator(`[data-test=verify-${university.creditCode}]`).click();
    await expectVisible(desk.locator('.el-table__row', { hasText: university.name }).getByText('已认证'));
    const page = await open(institution, dealUrl);
    await expectText(page.locator('[data-test=deal-status]'), '待对方确认');
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('[data-test=confirm]').click();
    await expectText(page.locator('[data-test=deal-status]'), '待认定登记');
    await expectVisible(page.locator('[data-test=deal-history]').getByText('待认定登记'));
  });

  it('lets the bureau register the deal from its registration queue', async () => {
    const page = await open(bureau, '/bureau/registrations');
    const row = page.locator('[data-test=registration-queue] .el-table__row', { hasText: university.name });
    await row.locator('[data-test=register]').click();
    await page.locator('input[data-test=prompt-text]').fill(`${new Date().getFullYear()}331127${Date.now().toString().slice(-8)}`);
    const registered = page.waitForResponse((r) => /\/api\/v1\/deals\/[0-9a-f-]+\/register$/.test(r.url()));
    await page.locator('[data-test=prompt-submit]').click();
    expect((await registered).status()).toBe(200);
    await shot(page, '10b-bureau-registrations');
  });

  it('shows the deal’s amount in the dashboard’s total and chart', async () => {
    const page = await open(bureau, '/bureau/dashboard');
    const expected = totalBefore + fen(AMOUNT);
    // Recording is done by the worker: reload until the ledger has it.
    for (let attempt = 0; attempt < 60; attempt++) {
      await page.locator('[data-test=total]').waitFor();
      if (fen(await page.locator('[data-test=total]').innerText()) === expected) break;
      await page.waitForTimeout(1000);
      await page.reload();
    }
    expect(fen(await page.locator('[data-test=total]').innerText())).toBe(expected);
    await expectVisible(page.locator('[data-test=chart-cumulative] canvas'));
    const month = Number(new Date(Date.now() + 8 * 3600_000).toISOString().slice(5, 7));
    await page.locator('[data-test=chart-cumulative-data] summary').click(); // the chart's figures as a table
    const row = page.locator('[data-test=chart-cumulative-data] tbody tr').nth(month - 1);
    expect(fen(await row.locator('td').nth(1).innerText())).toBe(expected);
    expect(await page.locator('[data-test=top-sellers]').innerText()).toContain(university.name);
    expect(await page.locator('[data-test=top-sellers]').innerText()).toContain(AMOUNT_GROUPED);
    await shot(page, '11-bureau-dashboard');

    for (const format of ['csv', 'xlsx'] as const) {
      await page.locator('[data-test=export]').click();
      const download = page.waitForEvent('download');
      await page.locator(`[data-test=export-deals-${format}]`).click();
      const file = await download;
      expect(file.suggestedFilename()).toMatch(new RegExp(`\\.${format}$`));
      const path = await file.path();
      const bytes = readFileSync(path);
      if (format === 'csv') expect(bytes.toString('utf8')).toContain(university.name);
      else expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // an XLSX is a zip
    }
  });

  it('works on a phone-sized screen', async () => {
    const phone = await browser.newContext({
      baseURL: stack.base,
      reducedMotion: 'reduce',
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await page.goto(demandUrl);
    await expectVisible(page.locator('[data-test=listing-title]'));
    await shot(page, '12-phone-demand');
    const overflow = await page.evaluate<number>('document.documentElement.scrollWidth - document.documentElement.clientWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await phone.close();
  });
});

async function expectVisible(locator: { waitFor: (o: { state: 'visible' }) => Promise<void> }): Promise<void> {
  await locator.waitFor({ state: 'visible' });
}

/** Waits until the locator's text is `text` (Playwright's auto-waiting, without @playwright/test), then asserts it. */
async function expectText(locator: Locator, text: string): Promise<void> {
  const el = locator.first();
  await el.waitFor({ state: 'visible' });
  for (let i = 0; i < 50 && (await el.innerText()).trim() !== text; i++) await el.page().waitForTimeout(100);
  expect((await el.innerText()).trim()).toBe(text);
}

async function expectCount(locator: Locator, n: number): Promise<void> {
  for (let i = 0; i < 50 && (await locator.count()) !== n; i++) await locator.page().waitForTimeout(100);
  expect(await locator.count()).toBe(n);
}

/// <reference lib="dom" />
/**
 * Accessibility in a real browser, beyond a score: every page of the web app (read from the
 * app's own router, so a new page cannot be forgotten) is checked with axe-core as the role that
 * uses it, on a desktop and on a phone in large text, for zero serious or critical WCAG 2.1 AA
 * findings and nothing wider than the phone's screen; the
 * keyboard reaches and works the home page, the phone menu and the dashboard's chart tables, with
 * a visible focus ring; and the large-text switch (大字) makes text larger and is remembered.
 * Runs on the stack `npm start` runs, with its demo data.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_BUREAU, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from '../../apps/cli/src/seed/demo-data.js';
import { launchChromium, seriousViolations, settled, shot, startStack, type Stack } from './stack.js';

type Role = 'anonymous' | 'enterprise' | 'institution' | 'bureau';
interface RouteInfo {
  path: string;
  name: string | null;
  auth: boolean;
  roles: string[];
}

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1366, height: 900 };

describe('accessibility of every page', () => {
  let stack: Stack;
  let browser: Browser;
  const tokens: Partial<Record<Role, string>> = {};
  /** Concrete values for route parameters, by the path pattern they appear in. */
  const ids: Record<string, string> = {};
  let routes: RouteInfo[] = [];

  beforeAll(async () => {
    stack = await startStack();
    browser = await launchChromium();
    const enterprise = DEMO_ORGANIZATIONS.find((o) => o.type === 'enterprise' && o.verified)!;
    const institution = DEMO_ORGANIZATIONS.find((o) => o.type === 'institution' && o.verified)!;
    tokens.enterprise = await login(stack.base, enterprise.user.email, DEMO_PASSWORD);
    tokens.institution = await login(stack.base, institution.user.email, DEMO_PASSWORD);
    tokens.bureau = await login(stack.base, DEMO_BUREAU.email, DEMO_BUREAU.password);
    // Published listings of the signed-in demo organizations: their pages, and their edit forms.
    type Mine = { items: { id: string; status: string }[] };
    ids.demand = (await api<Mine>(stack.base, '/my/demands', tokens.enterprise)).items.find((l) => l.status === 'published')!.id;
    ids.outcome = (await api<Mine>(stack.base, '/my/outcomes', tokens.institution)).items.find((l) => l.status === 'published')!.id;
    // A demo contract of the enterprise's (its page, with its history); the bureau's registration queue and 公示 need no id.
    ids.deal = (await api<Mine>(stack.base, '/deals?limit=1', tokens.enterprise)).items[0].id;
    routes = await readRoutes();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  }, 60_000);

  async function contextFor(role: Role, viewport: { width: number; height: number }, largeText = false): Promise<BrowserContext> {
    const context = await browser.newContext({
      baseURL: stack.base,
      locale: 'zh-CN',
      reducedMotion: 'reduce',
      viewport,
      isMobile: viewport.width < 500,
      hasTouch: viewport.width < 500,
    });
    await context.addInitScript(
      ([token, large]) => {
        if (token) localStorage.setItem('techmarket.token', token);
        if (large) localStorage.setItem('techmarket.largeText', '1');
      },
      [tokens[role as Exclude<Role, 'anonymous'>] ?? '', largeText ? '1' : ''] as const,
    );
    return context;
  }

  /** The routes as the app's router has them, read from the running app. */
  async function readRoutes(): Promise<RouteInfo[]> {
    const context = await contextFor('anonymous', DESKTOP);
    const page = await context.newPage();
    await page.goto('/');
    // The app mounts a few tasks after the page's load event (main.ts, build/sequenced-entry.ts).
    await page.waitForFunction(() => !!(document.querySelector('#app') as unknown as { __vue_app__?: unknown } | null)?.__vue_app__);
    const list = await page.evaluate(() => {
      const app = (document.querySelector('#app') as unknown as { __vue_app__: any }).__vue_app__;
      return app.config.globalProperties.$router.getRoutes().map((r: any) => ({
        path: r.path as string,
        name: (r.name as string) ?? null,
        auth: !!r.meta.auth,
        roles: (r.meta.roles as string[]) ?? [],
      }));
    });
    await context.close();
    return list;
  }

  /** Who opens a route, and at which URL; a route this cannot place fails the suite by name. */
  function visitFor(route: RouteInfo): { role: Role; url: string } {
    const role: Role = route.roles.length ? (route.roles[0] as Role) : route.auth ? 'enterprise' : 'anonymous';
    if (route.path === '/:pathMatch(.*)*') return { role, url: '/no-such-page' };
    const url = route.path.replace(/:(\w+)/g, (_m, param: string) => {
      const kind = /^\/(demand|outcome|deal)s\//.exec(route.path)?.[1];
      if (param === 'id' && kind && ids[kind]) return ids[kind];
      // A well-formed mailed token that names nothing: the page shows its "link invalid" state.
      if (param === 'token') return 'x'.repeat(43);
      throw new Error(`no value for :${param} in ${route.path}: add one to the accessibility suite`);
    });
    return { role, url };
  }

  it('knows every page of the router', () => {
    expect(routes.length).toBeGreaterThan(10);
    for (const route of routes) expect(() => visitFor(route)).not.toThrow();
  });

  /** Opens every page as its role and collects what `check` finds on it, by page. */
  async function everyPage(
    viewport: { width: number; height: number },
    largeText: boolean,
    check: (page: Page, url: string) => Promise<string[]>,
  ): Promise<Record<string, string[]>> {
    const findings: Record<string, string[]> = {};
    const contexts = new Map<Role, BrowserContext>();
    for (const route of routes) {
      const { role, url } = visitFor(route);
      if (!contexts.has(role)) contexts.set(role, await contextFor(role, viewport, largeText));
      const page = await contexts.get(role)!.newPage();
      await page.goto(url);
      await settled(page);
      // The page really is the one asked for (not a redirect to the login or home page).
      expect({ url, at: new URL(page.url()).pathname }).toEqual({ url, at: url });
      const found = await check(page, url);
      if (found.length) findings[`${role} ${url}`] = found;
      await page.close();
    }
    for (const context of contexts.values()) await context.close();
    return findings;
  }

  // Seventeen pages or more, each opened and analysed: minutes on a busy 2-core machine.
  const EVERY_PAGE_TIMEOUT = 600_000;

  it(
    'finds no serious axe violation on any page (desktop)',
    async () => {
      expect(await everyPage(DESKTOP, false, (page) => seriousViolations(page))).toEqual({});
    },
    EVERY_PAGE_TIMEOUT,
  );

  it(
    'finds no serious axe violation on any page on a phone in large text, and nothing wider than the phone',
    async () => {
      const findings = await everyPage(PHONE, true, async (page, url) => {
        const found = await seriousViolations(page);
        expect(await page.evaluate(() => document.documentElement.classList.contains('tm-large-text'))).toBe(true);
        const excess = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (excess > 0) found.push(`${excess}px wider than the screen`);
        if (url === '/') await shot(page, 'a11y-large-text-home');
        return found;
      });
      expect(findings).toEqual({});
    },
    EVERY_PAGE_TIMEOUT,
  );

  it('makes text a quarter larger with the large-text switch, and keeps the choice', async () => {
    const context = await contextFor('anonymous', PHONE);
    const page = await context.newPage();
    await page.goto('/');
    const title = page.getByRole('heading', { level: 1 });
    const before = (await title.boundingBox())!.height;
    await page.locator('[data-test=large-text]').click();
    await expectAttribute(page, '[data-test=large-text]', 'aria-pressed', 'true');
    const after = (await title.boundingBox())!.height;
    expect(after / before).toBeGreaterThan(1.2);
    await page.reload();
    await expectAttribute(page, '[data-test=large-text]', 'aria-pressed', 'true');
    await context.close();
  });

  it('works the home page by keyboard alone, with a visible focus ring', async () => {
    const context = await contextFor('anonymous', DESKTOP);
    const page = await context.newPage();
    await page.goto('/');
    await settled(page);

    // The first Tab shows the skip link; Enter moves to the content.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ text: '跳到主要内容' });
    expect((await page.locator('.skip-link').boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'main' });

    // Tab reaches the search box; typing and Enter search.
    await tabUntil(page, (f) => f.name === 'q');
    await page.keyboard.type('杀青');
    const searched = page.waitForResponse((r) => r.url().includes('/api/v1/demands?') && r.url().includes('q='));
    await page.keyboard.press('Enter');
    expect((await searched).status()).toBe(200);
    await settled(page);

    // The result tabs: arrow keys move and select.
    await tabUntil(page, (f) => f.role === 'tab');
    const ring = await focused(page);
    expect(ring.outlineWidth).toBeGreaterThanOrEqual(2);
    expect(ring.outlineStyle).not.toBe('none');
    await page.keyboard.press('ArrowRight');
    expect(await focused(page)).toMatchObject({ role: 'tab', selected: 'true', text: expect.stringContaining('科技成果') });
    await expectAttribute(page, '[data-test=tab-outcome]', 'aria-selected', 'true');

    // A field chip toggles with the space bar.
    await page.keyboard.press('ArrowLeft');
    await page.locator('[data-test=facet-chips] button').first().focus();
    const filtered = page.waitForResponse((r) => r.url().includes('/api/v1/demands?') && r.url().includes('field='));
    await page.keyboard.press('Space');
    expect((await filtered).status()).toBe(200);
    await expectAttribute(page, '[data-test=facet-chips] button >> nth=0', 'aria-pressed', 'true');
    await context.close();
  });

  it('opens and closes the phone menu by keyboard, and focus comes back', async () => {
    const context = await contextFor('anonymous', PHONE);
    const page = await context.newPage();
    await page.goto('/');
    await settled(page);
    const burger = page.getByRole('button', { name: '菜单' });
    await burger.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('dialog');
    await menu.waitFor({ state: 'visible' });
    await expectAttribute(page, '.burger', 'aria-expanded', 'true');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'hidden' });
    expect(await focused(page)).toMatchObject({ label: '菜单' });
    await context.close();
  });

  it('gives every dashboard chart its figures as a table, opened by keyboard', async () => {
    const context = await contextFor('bureau', DESKTOP);
    const page = await context.newPage();
    await page.goto('/bureau/dashboard');
    await settled(page);
    for (const table of ['chart-cumulative-data', 'chart-field-data', 'chart-contract-data']) {
      const details = page.locator(`[data-test=${table}]`);
      await details.locator('summary').focus();
      await page.keyboard.press('Enter');
      const rows = details.locator('tbody tr');
      await rows.first().waitFor({ state: 'visible' });
      expect(await rows.count()).toBeGreaterThan(0);
      expect(await details.locator('thead th').count()).toBeGreaterThanOrEqual(3);
    }
    expect(await page.locator('[data-test=chart-cumulative-data] tbody tr').count()).toBe(12);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'a11y-dashboard-tables');
    await context.close();
  });
});

async function login(base: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`login ${email}: ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

async function api<T>(base: string, path: string, token: string | undefined): Promise<T> {
  const res = await fetch(`${base}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}

interface Focused {
  tag: string;
  id: string;
  name: string;
  role: string | null;
  label: string | null;
  selected: string | null;
  text: string;
  outlineWidth: number;
  outlineStyle: string;
}

/** What has keyboard focus, and how its focus ring is drawn. */
async function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const style = getComputedStyle(el);
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') ?? '',
      role: el.getAttribute('role'),
      label: el.getAttribute('aria-label'),
      selected: el.getAttribute('aria-selected'),
      text: (el.innerText ?? '').trim(),
      outlineWidth: parseFloat(style.outlineWidth) || 0,
      outlineStyle: style.outlineStyle,
    };
  });
}

/** Presses Tab until the focused element matches, failing after 40 presses. */
async function tabUntil(page: Page, match: (f: Focused) => boolean): Promise<void> {
  for (let i = 0; i < 40; i++) {
    await page.keyboard.press('Tab');
    if (match(await focused(page))) return;
  }
  throw new Error(`Tab never reached the element; last focus: ${JSON.stringify(await focused(page))}`);
}

async function expectAttribute(page: Page, selector: string, name: string, value: string): Promise<void> {
  const el = page.locator(selector).first();
  for (let i = 0; i < 50 && (await el.getAttribute(name)) !== value; i++) await page.waitForTimeout(100);
  expect(await el.getAttribute(name)).toBe(value);
}

/**
 * The stack as `npm start` runs it, for browser tests: the built launcher with a fresh
 * database, a free port, its own data folder, Redis prefix and bundled Meilisearch; and a
 * headless Debian Chromium driven by playwright-core.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { dropDatabase } from '@app/database';
import { freePort } from '@app/search';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(process.cwd(), 'test-artifacts', 'screenshots');

export interface Stack {
  base: string;
  /** Where the launcher's own SMTP server writes the mail it catches. */
  mailDir: string;
  output: () => string;
  stop: () => Promise<void>;
}

export async function startStack(): Promise<Stack> {
  if (!existsSync('dist/scripts/launcher.js') || !existsSync('dist/web/index.html')) {
    throw new Error('build output missing: run `npm run build` first (it builds the api and the web)');
  }
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'techmarket-browser-'));
  const runId = randomBytes(4).toString('hex');
  const db = new URL(process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres');
  db.pathname = `/techmarket_browser_${runId}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    NODE_ENV: 'development',
    DATABASE_URL: db.toString(),
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    REDIS_PREFIX: `tmbrowser_${runId}`,
    MEILI_URL: `http://127.0.0.1:${await freePort()}`,
    MEILI_INDEX_PREFIX: undefined,
    LAUNCHER_START_MEILI: 'true',
    LOG_LEVEL: 'warn',
    LOG_PRETTY: 'false',
    AUTH_RATE_LIMIT: '1000',
    // Suites and benchmarks are not throttled; the rate-limit test sets its own low limits.
    RATE_LIMIT_ANON_PER_MIN: '10000000',
    RATE_LIMIT_USER_PER_MIN: '10000000',
    RATE_LIMIT_MATCHES_PER_MIN: '10000000',
    RATE_LIMIT_POSTS_PER_MIN: '10000000',
    BUREAU_ADMIN_EMAIL: undefined,
    BUREAU_ADMIN_PASSWORD: undefined,
    WEB_DIR: 'dist/web',
    // The launcher runs its own SMTP server and keeps the mail in DATA_DIR/mail.
    SMTP_URL: undefined,
  };
  const launcher: ChildProcess = spawn(process.execPath, ['dist/scripts/launcher.js'], {
    env: env as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  launcher.stdout!.on('data', (c: Buffer) => (output += c.toString()));
  launcher.stderr!.on('data', (c: Buffer) => (output += c.toString()));
  const deadline = Date.now() + 120_000;
  while (!output.includes('techmarket is running')) {
    if (launcher.exitCode !== null || Date.now() > deadline) {
      launcher.kill('SIGKILL');
      throw new Error(`launcher did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    base: `http://127.0.0.1:${port}`,
    mailDir: join(dataDir, 'mail'),
    output: () => output,
    stop: async () => {
      if (launcher.exitCode === null) {
        let timer: NodeJS.Timeout | undefined;
        const exited = new Promise((r) => launcher.once('exit', r));
        launcher.kill('SIGINT');
        await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 20_000)))]);
        clearTimeout(timer);
        if (launcher.exitCode === null) launcher.kill('SIGKILL');
      }
      await dropDatabase(db.toString()).catch(() => undefined);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  mkdirSync(SHOTS, { recursive: true });
  // playwright-core gives every launch a fresh temporary profile (user data dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/** Records every api request a page sends, to prove that an invalid form sent nothing. */
export function recordApiRequests(page: Page): { calls: () => string[]; clear: () => void } {
  let calls: string[] = [];
  page.on('request', (req: Request) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/api/')) calls.push(`${req.method()} ${url.pathname}`);
  });
  return { calls: () => [...calls], clear: () => (calls = []) };
}

/** The error Element Plus shows beside the form item labelled `label`. */
export function fieldError(page: Page, label: string) {
  return page
    .locator('.el-form-item', { has: page.locator('.el-form-item__label', { hasText: label }) })
    .first()
    .locator('.el-form-item__error');
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** Chooses an option of the Element Plus select in the form item labelled `label`. */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  await page
    .locator('.el-form-item', { has: page.locator('.el-form-item__label', { hasText: label }) })
    .first()
    .locator('.el-select__wrapper')
    .click();
  await page.locator('.el-select-dropdown:visible .el-select-dropdown__item', { hasText: option }).first().click();
}

export const fieldInput = (page: Page, label: string) =>
  page
    .locator('.el-form-item', { has: page.locator('.el-form-item__label', { hasText: label }) })
    .first()
    .locator('input, textarea')
    .first();

/** WCAG 2.1 A and AA rules of axe-core, the ones the market holds every page to. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's serious and critical findings on the page as it is now, one line each (empty when none). */
export async function seriousViolations(page: Page): Promise<string[]> {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the page has rendered its data (the app is mounted and no loading skeleton is left). */
export async function settled(page: Page): Promise<void> {
  await page.locator('main#main > *').first().waitFor();
  await page.locator('[data-test=loading]').first().waitFor({ state: 'detached' });
  await page.locator('.el-skeleton').first().waitFor({ state: 'detached' });
}

/** The token of the newest `/<path>/<token>` link mailed to `to` that the launcher caught, waiting for it. */
export async function mailedToken(stack: Stack, to: string, path: string, timeoutMs = 30_000): Promise<string> {
  const { simpleParser } = await import('mailparser');
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const files = existsSync(stack.mailDir) ? readdirSync(stack.mailDir).sort().reverse() : [];
    for (const file of files) {
      const raw = readFileSync(join(stack.mailDir, file));
      if (!raw.toString('latin1').includes(to)) continue;
      const token = new RegExp(`/${path}/([A-Za-z0-9_-]{43})`).exec((await simpleParser(raw)).text ?? '')?.[1];
      if (token) return token;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`no mail with a /${path}/ link to ${to} within ${timeoutMs / 1000} s`);
}

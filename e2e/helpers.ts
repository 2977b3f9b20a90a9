import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

export const SHOTS = '/tmp/rouxing-shots';
export const PASSWORD = 'Rouxing@2026';

/** Debian's Chromium, never a downloaded browser; the flags keep it off the (closed) network. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export function baseUrl(): string {
  return inject('baseUrl');
}

export async function newPage(
  browser: Browser,
  viewport = { width: 1440, height: 900 },
  options: BrowserContextOptions = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport, baseURL: baseUrl(), ...options });
  const page = await context.newPage();
  return { context, page };
}

/** Logs in through the login page and waits for the console. */
export async function login(page: Page, username: string, password = PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByTestId('menu-profile').waitFor({ timeout: 30_000 });
}

/**
 * A screenshot of the page as it stands. CSS transitions are run to their end first: antd fades a table back in over
 * 0.3 s after it loaded (opacity 0.5 → 1), which a shot taken at once caught half-grey.
 */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage, animations: 'disabled' });
}

/** Phones as the enterprise and officers on site hold them. */
export const PHONE = { width: 390, height: 844 };

/** axe-core (WCAG 2.0 A/AA): the serious and critical violations, as readable lines (none allowed). */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // Colours are judged at rest: a toast or dialog half-way through its fade-in has the contrast of a frame, not its own.
  await expect
    .poll(() =>
      page.evaluate(
        () => document.getAnimations().filter((a) => a.playState === 'running' && a.effect?.getTiming().iterations !== Infinity).length,
      ),
    )
    .toBe(0);
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
  return axe.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until nothing on the page is loading (for screenshots and axe). */
export async function settled(page: Page): Promise<void> {
  await expect.poll(() => page.locator('.ant-spin-spinning, .ant-skeleton').count()).toBe(0);
}

/** The calendar day in Beijing, `days` from today (YYYY-MM-DD), as the server counts days. */
export function shanghaiDay(days = 0): string {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
}

/** A JSON call to the API in the page's session; a non-2xx answer fails the test with the server's body. */
export async function apiCall(page: Page, method: 'GET' | 'POST' | 'PUT', path: string, data?: object) {
  const res = await page.request.fetch(`/api/v1${path}`, { method, ...(data ? { data } : {}) });
  expect(res.ok(), `${method} ${path} → ${res.status()} ${await res.text()}`).toBe(true);
  return res.json();
}

/** The administrator's password of an empty production install started by `startEmptyProduction`. */
export const PRODUCTION_ADMIN_PASSWORD = 'Admin#Setup2026';

/**
 * A second server, in production mode on a fresh embedded database: no demo data, the administrator alone
 * (as `NODE_ENV=production` with `ROUXING_ADMIN_PASSWORD` starts it). Serves the web app built by the global setup.
 */
export async function startEmptyProduction(): Promise<{ url: string; close: () => Promise<void> }> {
  const { startServer, DEFAULT_SECURITY_POLICY } = await import('@rouxing/server');
  const { WEB_DIST } = await import('@rouxing/cli');
  const dataDir = mkdtempSync(join(tmpdir(), 'rouxing-e2e-prod-'));
  const server = await startServer({
    webDist: WEB_DIST,
    config: {
      mode: 'production',
      port: 0,
      host: '127.0.0.1',
      dataDir,
      databaseUrl: null,
      databaseAdminUrl: null,
      demoPassword: PASSWORD,
      adminPassword: PRODUCTION_ADMIN_PASSWORD,
      regionCode: '430482',
      logLevel: 'warn',
      trustedProxies: [],
      security: { ...DEFAULT_SECURITY_POLICY },
    },
  });
  return {
    url: server.url,
    close: async () => {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Picks the option of a single antd Select (found by its test id, which antd puts on the select's root) after typing
 * `typed` to search, and waits until the select shows it (antd 6 renders a single select's chosen label in
 * `.ant-select-content`, marked `-content-has-value`, and a multiple select's as `.ant-select-selection-item` tags). A click that lands while the dropdown is still sliding in or re-rendering its list can
 * be lost on a busy machine; the option is then clicked again (up to three times), the dropdown reopened if it closed.
 */
export async function pick(page: Page, testId: string, typed: string, option: RegExp): Promise<void> {
  const root = page.getByTestId(testId);
  // The chosen label: a single select's content, or a multiple select's tags.
  const shown = root.locator('.ant-select-content-has-value, .ant-select-selection-item');
  const openList = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if (attempt === 1 || (await openList.count()) === 0) {
      await root.click();
    }
    if (typed && attempt === 1) {
      await page.keyboard.type(typed);
    }
    await openList.locator('.ant-select-item-option', { hasText: option }).first().click();
    try {
      await expect
        .poll(async () => (await shown.allTextContents()).some((text) => option.test(text.trim())), { timeout: 3_000 })
        .toBe(true);
      return;
    } catch (e) {
      if (attempt === 3) {
        throw e;
      }
    }
  }
}

/**
 * Picks a node of an antd TreeSelect (found by its test id) after typing `typed` to search, and waits until the select
 * shows `label`. A click lost on a busy machine (the dropdown still sliding in) is tried again, up to three times.
 */
export async function pickTreeNode(page: Page, testId: string, typed: string, label: string): Promise<void> {
  const root = page.getByTestId(testId);
  const escaped = label.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  const exact = new RegExp(`^${escaped}$`);
  for (let attempt = 1; ; attempt++) {
    await root.click();
    await page.keyboard.type(typed);
    await page.locator('.ant-select-tree-node-content-wrapper', { hasText: exact }).first().click();
    try {
      await expect.poll(async () => (await root.textContent()) ?? '', { timeout: 3_000 }).toContain(label);
      return;
    } catch (e) {
      if (attempt === 3) {
        throw e;
      }
      await page.keyboard.press('Escape');
    }
  }
}

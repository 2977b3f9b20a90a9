import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, shot } from './helpers';

const ALL = [
  'menu-dashboard',
  'menu-cases',
  'menu-todo',
  'menu-follow-ups',
  'menu-observation-periods',
  'menu-guidance-campaigns',
  'menu-document-templates',
  'menu-case-settings',
  'menu-my-cases',
  'menu-my-guidance',
  'menu-my-credit',
  'menu-credit-cases',
  'menu-entities',
  'menu-entity-import',
  'menu-users',
  'menu-departments',
  'menu-holiday-arrangements',
  'menu-roles',
  'menu-policy',
  'menu-catalogue',
  'menu-lists',
  'menu-benchmarks',
  'menu-inspections',
  'menu-random-draw',
  'menu-assistant',
  'menu-audit-log',
  'menu-my-entity',
  'menu-profile',
];

/** The menu each demo account must see (everything else must be absent). */
const EXPECTED: Record<string, string[]> = {
  admin: ['menu-dashboard', 'menu-users', 'menu-departments', 'menu-holiday-arrangements', 'menu-profile'],
  security: ['menu-dashboard', 'menu-roles', 'menu-policy', 'menu-profile'],
  auditor: ['menu-dashboard', 'menu-audit-log', 'menu-profile'],
  officer: [
    'menu-dashboard',
    'menu-cases',
    'menu-todo',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-guidance-campaigns',
    'menu-document-templates',
    'menu-case-settings',
    'menu-entities',
    'menu-entity-import',
    'menu-catalogue',
    'menu-lists',
    'menu-benchmarks',
    'menu-inspections',
    'menu-assistant',
    'menu-profile',
  ],
  officer2: [
    'menu-dashboard',
    'menu-cases',
    'menu-todo',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-guidance-campaigns',
    'menu-document-templates',
    'menu-case-settings',
    'menu-entities',
    'menu-entity-import',
    'menu-catalogue',
    'menu-lists',
    'menu-benchmarks',
    'menu-inspections',
    'menu-assistant',
    'menu-profile',
  ],
  officer3: [
    'menu-dashboard',
    'menu-cases',
    'menu-todo',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-guidance-campaigns',
    'menu-document-templates',
    'menu-case-settings',
    'menu-entities',
    'menu-entity-import',
    'menu-catalogue',
    'menu-lists',
    'menu-benchmarks',
    'menu-inspections',
    'menu-assistant',
    'menu-profile',
  ],
  reviewer: [
    'menu-dashboard',
    'menu-cases',
    'menu-todo',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-guidance-campaigns',
    'menu-document-templates',
    'menu-case-settings',
    'menu-entities',
    'menu-entity-import',
    'menu-catalogue',
    'menu-lists',
    'menu-benchmarks',
    'menu-inspections',
    'menu-random-draw',
    'menu-assistant',
    'menu-profile',
    'menu-credit-cases',
  ],
  supervisor: [
    'menu-dashboard',
    'menu-cases',
    'menu-follow-ups',
    'menu-observation-periods',
    'menu-entities',
    'menu-catalogue',
    'menu-lists',
    'menu-benchmarks',
    'menu-inspections',
    'menu-assistant',
    'menu-profile',
  ],
  enterprise: ['menu-my-cases', 'menu-my-credit', 'menu-my-guidance', 'menu-inspections', 'menu-my-entity', 'menu-profile'],
};

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[AUTH][MENU] each demo user sees their role’s menu', () => {
  for (const [username, expected] of Object.entries(EXPECTED)) {
    it(`${username}`, async () => {
      const { context, page } = await newPage(browser);
      try {
        await login(page, username);
        // Open every group so that nested items are rendered.
        for (const group of await page.locator('.ant-menu-submenu-title').all()) {
          if ((await group.getAttribute('aria-expanded')) !== 'true') {
            await group.click();
          }
        }
        for (const id of ALL) {
          const count = await page.getByTestId(id).count();
          expect(count > 0, `${username}: ${id}`).toBe(expected.includes(id));
        }
        await shot(page, `menu-${username}`);
      } finally {
        await context.close();
      }
    });
  }

  it('an enterprise account sees its own registration record on its page', async () => {
    const { context, page } = await newPage(browser, { width: 390, height: 844 });
    try {
      await login(page, 'enterprise');
      await page.goto('/my-entity');
      await page.getByTestId('page-my-entity').waitFor();
      await page.getByText('统一社会信用代码').first().waitFor();
      expect(await page.getByText(/^9[123]430482/).count()).toBeGreaterThan(0);
      await shot(page, 'my-entity-phone');
    } finally {
      await context.close();
    }
  });

  it('serves the production build of the web app (React and Ant Design, not their development builds)', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/login');
      await page.getByLabel('用户名').waitFor();
      // Ant Design names its style classes `css-dev-only-do-not-override-…` in a development build only.
      expect(await page.locator('[class*="css-dev-only"]').count()).toBe(0);
      const scripts = await page.locator('script[src]').evaluateAll((ss) => ss.map((s) => (s as HTMLScriptElement).src));
      for (const src of scripts) {
        expect(await (await page.request.get(src)).text(), src).not.toContain('jsxDEV');
      }
    } finally {
      await context.close();
    }
  });

  it('shows the server’s Chinese message for a wrong password', async () => {
    const { context, page } = await newPage(browser);
    try {
      await page.goto('/login');
      await page.getByLabel('用户名').fill('officer2');
      await page.getByLabel('密码').fill('wrong-password-1');
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await expect.poll(() => page.getByText('用户名或密码错误').count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

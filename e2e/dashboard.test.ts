import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, settled, shot } from './helpers';

/**
 * Issue 14 item 2: each role's 工作台 in Chromium. Every figure is a link; following it opens the list it
 * counts, with the same filter, and that list holds exactly as many rows as the figure says.
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

/** The rows of the list the page shows: a paged table's total, or the page's own cards and lines. */
async function rowsOnPage(page: Page): Promise<number> {
  await settled(page);
  const path = new URL(page.url()).pathname;
  if (path === '/todo') {
    return page.getByTestId('todo-item').count();
  }
  if (path === '/admin/setup') {
    await page.getByTestId('setup-checklist').waitFor();
    return page.locator('[data-testid^="setup-check-"][data-done="no"]').count();
  }
  if (path === '/portal/cases') {
    return page.getByTestId('my-case').count();
  }
  if (path === '/portal/credit') {
    return page.getByTestId('credit-record').count();
  }
  if (path === '/portal/surveys') {
    return page.getByTestId('portal-survey').count();
  }
  // The list's own table: /inspections also shows the 触发式检查 tasks in a table above it.
  const list = path === '/inspections' ? page.getByTestId('inspection-plans') : page.locator('.ant-table-wrapper').first();
  await list.waitFor();
  // Every paged list prints its total (共 N 条); an empty list prints no pager.
  const total = list.locator('.ant-pagination-total-text');
  if ((await total.count()) > 0) {
    return Number(((await total.first().textContent()) ?? '').replace(/\D/g, ''));
  }
  return list.locator('.ant-table-row').count();
}

const ROLES: Record<string, string[]> = {
  officer: ['todo', 'inspectionsDue', 'correctionItems'],
  reviewer: ['todo', 'caseApprovals', 'plansToApprove', 'inspectionsDue', 'correctionItems', 'supervisionTasks'],
  supervisor: ['correctionItems', 'supervisionTasks'],
  admin: ['users', 'setupMissing'],
  enterprise: ['myCases', 'myCreditRecords', 'mySurveys'],
};

describe('[DASHBOARD] 工作台 per role: each figure links to a list with as many rows', () => {
  for (const [user, keys] of Object.entries(ROLES)) {
    it(`${user}: ${keys.join(', ')}`, async () => {
      const { context, page } = await newPage(browser);
      try {
        await login(page, user);
        await page.goto('/');
        await page.getByTestId('dashboard-counts').waitFor();
        await settled(page);
        await shot(page, `dashboard-${user}`);
        const links = page.locator('[data-testid^="dash-count-"]');
        expect(await links.evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')?.slice('dash-count-'.length)))).toEqual(keys);
        let nonZero = 0;
        for (const key of keys) {
          await page.goto('/');
          // The figures are read once loaded (a figure read while its request is under way shows 0).
          await page.getByTestId('dashboard-counts').waitFor();
          await settled(page);
          const link = page.getByTestId(`dash-count-${key}`);
          const figure = Number(await link.locator('.ant-statistic-content-value').textContent());
          const href = (await link.getAttribute('href')) as string;
          await link.click();
          await page.waitForURL((u) => `${u.pathname}${u.search}` === href);
          await expect.poll(() => rowsOnPage(page), { message: `${user} ${key} → ${href}`, timeout: 15_000 }).toBe(figure);
          nonZero += figure > 0 ? 1 : 0;
        }
        // The demo gives every role something to do: a figure that is always 0 would prove nothing.
        expect(nonZero, `${user}: every figure is 0`).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  }
});

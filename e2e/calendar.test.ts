import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[WORKDAYS][CALENDAR] the administrator enters the next year of the working-day calendar', () => {
  it('shows the shipped 2025 and 2026 arrangements, takes 2027 from the form, and deadlines then count into 2027', async () => {
    const { context, page } = await newPage(browser);
    await login(page, 'admin');
    const before = await page.request.get('/api/v1/workdays?from=2026-12-24&add=10');
    expect(before.status()).toBe(422);
    expect((await before.json()).error.message).toContain('2027年');

    await page.getByTestId('main-menu').getByTestId('menu-holiday-arrangements').click();
    await page.getByTestId('page-holiday-arrangements').waitFor();
    await expect.poll(() => page.locator('tr[data-row-key="2026"]').textContent()).toContain('国庆节');
    await expect.poll(() => page.locator('tr[data-row-key="2025"]').textContent()).toContain('国庆节、中秋节');

    await page.getByTestId('arrangement-add').click();
    const form = page.getByTestId('arrangement-form');
    await form.getByTestId('arrangement-source').fill('国务院办公厅关于2027年部分节假日安排的通知');
    await form.getByLabel('节日名称').fill('元旦');
    // The block 1–3 January: the first day is offered as 1 January; type the last and press Enter, which
    // commits the typed date and does not submit the form.
    const to = form.getByPlaceholder('放假结束日期');
    await to.click();
    await to.fill('2027-01-03');
    await to.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.locator('tr[data-row-key="2027"]').count()).toBe(0);
    await shot(page, 'calendar-2027-form');
    await form.getByTestId('arrangement-save').click();
    await expect.poll(() => page.locator('tr[data-row-key="2027"]').textContent()).toContain('元旦 01-01～01-03');
    await shot(page, 'calendar-list');

    const after = await page.request.get('/api/v1/workdays?from=2026-12-24&add=10');
    expect(await after.json()).toEqual({ from: '2026-12-24', add: 10, due: '2027-01-08' });
    await context.close();
  });
});

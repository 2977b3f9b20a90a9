import type { HolidayArrangement } from '@rouxing/contracts';
import { createWorkCalendar } from '@rouxing/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[WORKDAYS][CALENDAR] the administrator enters the next year of the working-day calendar', () => {
  it('shows the shipped 2025 and 2026 arrangements, takes the next year from the form, and deadlines then count into it', async () => {
    const { context, page } = await newPage(browser);
    await login(page, 'admin');
    // The next year is the one after the last stored (2027 on a fresh demo; later if another file or the date
    // made the shared server load a later one). Its 元旦 is entered as 1–3 January.
    const stored = (await apiCall(page, 'GET', '/holiday-arrangements')) as HolidayArrangement[];
    const year = Math.max(...stored.map((a) => a.year)) + 1;
    const from = `${year - 1}-12-24`;
    const before = await page.request.get(`/api/v1/workdays?from=${from}&add=10`);
    expect(before.status()).toBe(422);
    expect((await before.json()).error.message).toContain(`${year}年`);

    await page.getByTestId('main-menu').getByTestId('menu-holiday-arrangements').click();
    await page.getByTestId('page-holiday-arrangements').waitFor();
    await expect.poll(() => page.locator('tr[data-row-key="2026"]').textContent()).toContain('国庆节');
    await expect.poll(() => page.locator('tr[data-row-key="2025"]').textContent()).toContain('国庆节、中秋节');

    await page.getByTestId('arrangement-add').click();
    const form = page.getByTestId('arrangement-form');
    await form.getByTestId('arrangement-source').fill(`国务院办公厅关于${year}年部分节假日安排的通知`);
    await form.getByLabel('节日名称').fill('元旦');
    // The block 1–3 January: the first day is offered as 1 January; type the last and press Enter, which
    // commits the typed date and does not submit the form.
    const to = form.getByPlaceholder('放假结束日期');
    await to.click();
    await to.fill(`${year}-01-03`);
    await to.press('Enter');
    await page.keyboard.press('Escape');
    expect(await page.locator(`tr[data-row-key="${year}"]`).count()).toBe(0);
    await shot(page, 'calendar-next-year-form');
    await form.getByTestId('arrangement-save').click();
    await expect.poll(() => page.locator(`tr[data-row-key="${year}"]`).textContent()).toContain('元旦 01-01～01-03');
    await shot(page, 'calendar-list');

    // The count now runs into the new year: the same calendar computed from what is stored (2027: 2027-01-08).
    const now = (await apiCall(page, 'GET', '/holiday-arrangements')) as HolidayArrangement[];
    const expected = createWorkCalendar(now.map(({ year: y, source, holidays, workdays }) => ({ year: y, source, holidays, workdays })));
    const after = await page.request.get(`/api/v1/workdays?from=${from}&add=10`);
    expect(await after.json()).toEqual({ from, add: 10, due: expected.addWorkdays(from, 10) });
    if (year === 2027) {
      expect((await after.json()).due).toBe('2027-01-08');
    }
    await context.close();
  });
});

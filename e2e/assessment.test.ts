import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, PHONE, shot } from './helpers';

/**
 * 督导考评 → 年度考评 in Chromium: the bureau's weights editor refuses a sum other than 100 with the server's message,
 * saves 100; an addition with its reason moves the department's total; a department's reviewer sees its own line.
 * Year 2019, which no other browser file touches.
 */
let browser: Browser;
const contexts: BrowserContext[] = [];
const YEAR = '2019';

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  for (const c of contexts) {
    await c.close();
  }
  await browser.close();
});

describe('[INDICATOR][ASSESSMENT] 年度考评 page', () => {
  it('edits the weights (sum checked), records an addition and ranks; a department sees its own line', async () => {
    const { context, page } = await newPage(browser);
    contexts.push(context);
    await login(page, 'supervisor');
    await page.goto('/assessment');
    await page.getByTestId('page-assessment').waitFor();
    const year = page.getByLabel('年份');
    await year.fill(YEAR);
    await year.blur();
    await page.getByText('本年度尚未设置权重').waitFor();

    await page.getByTestId('assessment-edit-weights').click();
    const first = page.getByTestId('assessment-weights').locator('input').first();
    await first.fill('1');
    await page
      .getByTestId('weights-sum')
      .getByText(/权重合计/)
      .waitFor();
    await page.getByRole('button', { name: /保\s*存/ }).click();
    const error = page.getByTestId('weights-error');
    await error.waitFor();
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
    expect(await error.innerText()).toContain('各指标权重之和应为100');
    const weights = (await apiCall(page, 'GET', `/assessments/${YEAR}`)).weights as { weight: number }[];
    const rest = weights.slice(1).reduce((s, w) => s + w.weight, 0);
    await first.fill(String(100 - rest));
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('本年度权重（司法局设置）').waitFor();
    expect((await apiCall(page, 'GET', `/assessments/${YEAR}`)).weightsSet).toBe(true);

    await page.getByTestId('assessment-adjust').click();
    const form = page.getByTestId('assessment-adjust-form');
    await form.getByLabel('部门').click();
    await page.locator('.ant-select-item-option').filter({ hasText: '常宁市市场监督管理局' }).click();
    await form.getByLabel('分值').fill('3');
    await form.getByLabel('理由').fill('柔性执法经验做法被省级推广');
    await page.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByTestId('assessment-adjustments').getByText('柔性执法经验做法被省级推广').waitFor();
    const a = await apiCall(page, 'GET', `/assessments/${YEAR}`);
    const scjg = a.departments.find((d: { departmentName: string }) => d.departmentName === '常宁市市场监督管理局');
    expect(scjg.adjustment).toBe(3);
    expect(scjg.rank).toBe(1);
    await page.getByTestId('assessment-table').locator(`tr[data-row-key="${scjg.departmentId}"]`).getByText('+3').waitFor();
    await shot(page, 'assessment-desktop', true);

    const own = await newPage(browser, PHONE);
    contexts.push(own.context);
    await login(own.page, 'reviewer2');
    await own.page.goto('/assessment');
    await own.page.getByTestId('page-assessment').waitFor();
    const ownYear = own.page.getByLabel('年份');
    await ownYear.fill(YEAR);
    await ownYear.blur();
    const rows = own.page.getByTestId('assessment-table').locator('tbody tr[data-row-key]');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(1);
    // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
    await expect.poll(async () => rows.first().innerText()).toContain('常宁市卫生健康局');
    expect(await own.page.getByTestId('assessment-edit-weights').count()).toBe(0);
    await shot(own.page, 'assessment-department-phone', true);
  });
});

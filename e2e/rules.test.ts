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

describe('[RULES][REVIEW] a list drafted by an officer is published by the reviewer in the browser', () => {
  it('drafts with one entry, submits, and the reviewer (not the author) approves it', async () => {
    const title = `常宁市市场监管轻微违法首违不罚清单（浏览器测试${Date.now()}）`;
    const officer = await newPage(browser);
    let url = '';
    try {
      const { page } = officer;
      await login(page, 'officer');
      await page.goto('/rules/no-penalty-lists');
      await page.getByTestId('list-new').click();
      await page.getByTestId('list-title').fill(title);
      await page.getByTestId('list-domain').fill('市场监管（食品安全）');
      await page.getByTestId('entry-add').click();
      await page.getByTestId('entry-code-0').click();
      await page.keyboard.type('SC-FOOD-001');
      await page.locator('.ant-select-item-option', { hasText: /^SC-FOOD-001 / }).click();
      await page.getByTestId('entry-text-0').fill('食品标签存在不影响食品安全且不会误导消费者的瑕疵，首次被发现并及时改正');
      await page.getByTestId('list-save').click();
      await page.getByTestId('page-no-penalty-list').waitFor();
      await expect.poll(() => page.getByTestId('rule-status').textContent()).toBe('草稿');
      await page.getByTestId('list-submit').click();
      await expect.poll(() => page.getByTestId('rule-status').textContent()).toBe('待审核');
      // The author cannot approve.
      expect(await page.getByTestId('list-approve').count()).toBe(0);
      url = new URL(page.url()).pathname;
    } finally {
      await officer.context.close();
    }
    const reviewer = await newPage(browser);
    try {
      const { page } = reviewer;
      await login(page, 'reviewer');
      await page.goto(url);
      await page.getByTestId('list-approve').click();
      await expect.poll(() => page.getByTestId('rule-status').textContent()).toBe('已发布');
      await shot(page, 'list-published');
      // Published: no editing, a new version instead.
      expect(await page.getByTestId('list-edit').count()).toBe(0);
      expect(await page.getByTestId('list-new-version').count()).toBe(1);
      await page.goto(`/public/no-penalty-lists?q=${encodeURIComponent(title)}`);
      await expect.poll(() => page.getByTestId('portal-total').textContent()).toBe('共 1 项');
    } finally {
      await reviewer.context.close();
    }
  });
});

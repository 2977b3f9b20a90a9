import { usccCheckCharacter } from '@rouxing/domain';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, pickTreeNode, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[ENTITY] registry in the browser', () => {
  it('an officer searches, opens an entity, is refused a bad USCC with its reason, then registers a good one', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'officer');
      await page.goto('/entities');
      await page.getByTestId('entity-search').fill('常宁');
      await page.getByTestId('entity-search-submit').click();
      const first = page.locator('.ant-table-row a').first();
      await first.waitFor();
      await shot(page, 'entities');
      await first.click();
      await page.getByTestId('page-entity-detail').waitFor();

      await page.goto('/entities/new');
      await page.getByTestId('page-entity-form').waitFor();
      const body = '91430482MA4TE2E0Q';
      const good = body + usccCheckCharacter(body);
      const bad = `${body}${good.endsWith('0') ? '1' : '0'}`;
      await page.getByTestId('field-uscc').fill(bad);
      await page.getByTestId('field-name').fill('常宁市浏览器测试餐饮有限公司');
      await page.getByTestId('field-legal-representative').fill('周测试');
      // The industry from the tree (searched by its code).
      await pickTreeNode(page, 'field-industry', 'H62', 'H62 餐饮业');
      await page.getByTestId('field-address').fill('湖南省衡阳市常宁市宜阳街道建设路1号');
      // Every field the form requires holds its value before the save: the form's own check would keep the request from
      // being sent (a run on a busy machine once waited 20 s here for the server's refusal).
      await expect.poll(async () => (await page.getByTestId('field-industry').textContent()) ?? '').toContain('H62 餐饮业');
      expect(await page.getByTestId('field-uscc').inputValue()).toBe(bad);
      // The server refuses the USCC (422) and names the check character; the page shows its reason.
      const [refused] = await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/api/v1/entities' && r.request().method() === 'POST', {
          timeout: 20_000,
        }),
        page.getByTestId('entity-save').click(),
      ]);
      const refusal = await refused.text();
      expect(refused.status(), refusal).toBe(422);
      expect(refusal).toContain('校验码错误：第18位应为');
      await expect.poll(() => page.getByText(/校验码错误：第18位应为/).count()).toBeGreaterThan(0);
      await shot(page, 'entity-bad-uscc');

      await page.getByTestId('field-uscc').fill(good);
      await page.getByTestId('entity-save').click();
      await page.getByTestId('page-entity-detail').waitFor();
      expect(await page.getByText(good).count()).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

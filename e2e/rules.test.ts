import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

type Item = { code: string; name: string };

/** A catalogue item of the signed-in user's department (the seed's market-regulation items are SC-…). */
async function ownItem(page: Page): Promise<Item> {
  const me = (await (await page.request.get('/api/v1/auth/me')).json()) as { departmentId: string };
  const res = await page.request.get(`/api/v1/violation-items?departmentId=${me.departmentId}&pageSize=100`);
  expect(res.status()).toBe(200);
  const items = ((await res.json()) as { items: Item[] }).items.filter((i) => i.code.startsWith('SC-'));
  expect(items.length).toBeGreaterThan(0);
  return items[0] as Item;
}

/** Drafts a list with one entry through the form, saves it and submits it; returns the version's path. */
async function draftAndSubmit(page: Page, title: string, item: Item): Promise<string> {
  await page.goto('/rules/no-penalty-lists');
  await page.getByTestId('list-new').click();
  await page.getByTestId('list-title').fill(title);
  await page.getByTestId('list-domain').fill('市场监管（食品安全）');
  await page.getByTestId('entry-add').click();
  await page.getByTestId('entry-code-0').click();
  await page.keyboard.type(item.code);
  await page
    .locator('.ant-select-item-option', { hasText: `${item.code} ${item.name}` })
    .first()
    .click();
  await page.getByTestId('entry-text-0').fill(`${item.name}，首次被发现并及时改正`);
  await page.getByTestId('list-save').click();
  await page.getByTestId('page-no-penalty-list').waitFor();
  await expect.poll(() => page.getByTestId('rule-status').textContent()).toBe('草稿');
  await page.getByTestId('list-submit').click();
  await expect.poll(() => page.getByTestId('rule-status').textContent()).toBe('待审核');
  return new URL(page.url()).pathname;
}

describe('[RULES][REVIEW] a list drafted by an officer is published by the reviewer in the browser', () => {
  it('drafts with one entry, submits, and the reviewer (not the author) approves it', async () => {
    const title = `常宁市市场监管轻微违法首违不罚清单（浏览器测试${Date.now()}）`;
    const officer = await newPage(browser);
    let url = '';
    let item: Item;
    try {
      const { page } = officer;
      await login(page, 'officer');
      item = await ownItem(page);
      url = await draftAndSubmit(page, title, item);
      // The officer may draft but not approve.
      expect(await page.getByTestId('list-approve').count()).toBe(0);
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
      expect(await page.getByText(`${item.code} ${item.name}`).count()).toBeGreaterThan(0);
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

  it('a reviewer is not offered the approval of a version they drafted, and the server refuses it', async () => {
    const title = `常宁市市场监管免罚清单（审核人起草${Date.now()}）`;
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'reviewer');
      const url = await draftAndSubmit(page, title, await ownItem(page));
      expect(await page.getByTestId('list-approve').count()).toBe(0);
      expect(await page.getByTestId('list-reject').count()).toBe(0);
      await page.getByTestId('list-own-version').waitFor();
      await shot(page, 'list-own-version');
      const id = url.split('/').pop() as string;
      const detail = (await (await page.request.get(`/api/v1/no-penalty-lists/${id}`)).json()) as { revision: number };
      const res = await page.request.post(`/api/v1/no-penalty-lists/${id}/approve`, { data: { revision: detail.revision } });
      expect(res.status()).toBe(422);
      const refusal = ((await res.json()) as { error: { code: string; message: string } }).error;
      expect(refusal.code).toBe('LIST.SELF_APPROVAL');
      expect(refusal.message).toMatch(/[\u4e00-\u9fff]/);
    } finally {
      await context.close();
    }
  });
});

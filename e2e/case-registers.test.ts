import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, PHONE, pickTreeNode, seriousAxeViolations, settled, shanghaiDay, shot } from './helpers';

let browser: Browser;
const sessions: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await Promise.all(sessions.map((c) => c.close()));
  await browser.close();
});

async function as(username: string, viewport?: { width: number; height: number }): Promise<Page> {
  const { context, page } = await newPage(browser, viewport, { timezoneId: 'Asia/Shanghai', acceptDownloads: true });
  sessions.push(context);
  await login(page, username);
  return page;
}

/** An archived case of the market regulator, carried through the API as the server's own tests do. */
async function archivedCase(officer: Page, reviewer: Page, entityId: string): Promise<string> {
  const kase = await apiCall(officer, 'POST', '/cases', {
    entityId,
    facts: '后厨未按规定设置防鼠设施，挡鼠板缺失',
    legalBasis: '《中华人民共和国食品安全法》第三十三条',
  });
  const id = kase.id as string;
  const served = await apiCall(officer, 'POST', `/cases/${id}/notice`, {
    delivery: 'direct',
    choiceDeadline: shanghaiDay(7),
    offered: '行政提示',
  });
  await apiCall(officer, 'POST', `/deliveries/${served.deliveries[0].id}/proof`, { deliveredOn: shanghaiDay(0), recipient: '店长' });
  await apiCall(officer, 'POST', `/cases/${id}/choice`, { choice: 'accept' });
  const upload = (name: string, mimeType: string, buffer: Buffer, fields: Record<string, string>) =>
    officer.request.post(`/api/v1/cases/${id}/materials`, { multipart: { ...fields, file: { name, mimeType, buffer } } });
  expect(
    (await upload('选择回执.pdf', 'application/pdf', Buffer.from('%PDF-1.4\n% 回执\n'), { item: 'choice_record', note: '选择回执' })).ok(),
  ).toBe(true);
  await apiCall(officer, 'POST', `/cases/${id}/measures`, { type: 'administrative_reminder', oral: true, content: '口头提示：设置挡鼠板' });
  const audio = Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]);
  expect((await upload('口头提示录音.mp3', 'audio/mpeg', audio, { item: 'oral_record', measureId: 'M1', note: '' })).ok()).toBe(true);
  await apiCall(officer, 'POST', `/cases/${id}/complete`, {});
  await apiCall(reviewer, 'POST', `/cases/${id}/archive`, {});
  return id;
}

describe('[CASE][REGISTERS] templates, guidance to a class, the portal and the public guiding cases', () => {
  it('[CASE][TEMPLATES] a reviewer uploads the default 行政提示函 back as a new version and sees 第1版', async () => {
    const reviewer = await as('reviewer');
    await reviewer.getByTestId('main-menu').getByTestId('menu-document-templates').click();
    await reviewer.getByTestId('page-document-templates').waitFor();
    await expect.poll(() => reviewer.getByTestId('template-current-administrative_reminder').textContent()).toBe('默认模板');
    const [download] = await Promise.all([
      reviewer.waitForEvent('download'),
      reviewer.getByTestId('template-default-administrative_reminder').click(),
    ]);
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');
    await reviewer.getByTestId('template-upload-administrative_reminder').setInputFiles({
      name: '行政提示函（本局版）.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: readFileSync(path),
    });
    await expect.poll(() => reviewer.getByTestId('template-current-administrative_reminder').textContent()).toBe('第1版');
    await settled(reviewer);
    await shot(reviewer, 'document-templates');
    // Back to the default, so that the other browser tests' documents are made from it.
    await reviewer.getByTestId('template-revert-administrative_reminder').click();
    await reviewer.locator('.ant-popconfirm:visible .ant-btn-primary').click();
    await expect.poll(() => reviewer.getByTestId('template-current-administrative_reminder').textContent()).toBe('默认模板');
  });

  it('[CASE][CAMPAIGN] an officer previews a 行政提示 to industry H62, sends it, and the enterprise reads it in its portal', async () => {
    const officer = await as('officer');
    const title = `餐饮行业燃气使用安全提示（${Date.now() % 100000}）`;
    await officer.getByTestId('main-menu').getByTestId('menu-guidance-campaigns').click();
    await officer.getByTestId('page-guidance-campaigns').waitFor();
    await expect.poll(() => officer.getByTestId('campaign-type').textContent()).toContain('行政提示');
    await officer.getByTestId('campaign-title').fill(title);
    await officer.getByTestId('campaign-facts').fill('冬季餐饮单位燃气使用集中，燃气泄漏报警装置缺失问题易发');
    await officer.getByTestId('campaign-content').fill('请检查燃气管道、阀门和泄漏报警装置，建立每日巡查记录');
    await officer.getByTestId('campaign-basis').fill('《城镇燃气管理条例》第二十八条');
    await pickTreeNode(officer, 'campaign-industry', 'H62', 'H62 餐饮业');
    expect(await officer.getByTestId('campaign-send').isDisabled()).toBe(true);
    await officer.getByTestId('campaign-preview-button').click();
    await expect.poll(() => officer.getByTestId('campaign-preview').textContent()).toMatch(/将向 \d+ 户市场主体发出/);
    const count = Number((await officer.getByTestId('campaign-preview').textContent())?.match(/将向 (\d+) 户/)?.[1]);
    expect(count).toBeGreaterThan(0);
    await officer.getByTestId('campaign-send').scrollIntoViewIfNeeded();
    await shot(officer, 'guidance-campaign-preview');
    await officer.getByTestId('campaign-send').click();
    await officer.getByTestId('campaign-send-confirm').click();
    await expect.poll(() => officer.getByTestId('campaign-row-title').filter({ hasText: title }).count()).toBe(1);

    // The enterprise (a catering business) sees it unread on its phone, opens the .docx, and it is read.
    const party = await as('enterprise', PHONE);
    await party.goto('/portal/cases');
    await party.getByTestId('my-guidance-unread').waitFor();
    await shot(party, 'portal-cases-guidance-alert-phone');
    await party.getByTestId('my-guidance-view').click();
    await party.getByTestId('page-my-guidance').waitFor();
    const card = party.getByTestId('my-guidance').filter({ hasText: title });
    await expect.poll(() => card.getByTestId('my-guidance-state').textContent()).toBe('未读');
    expect(await seriousAxeViolations(party)).toEqual([]);
    await shot(party, 'portal-guidance-phone');
    const [file] = await Promise.all([party.waitForEvent('download'), card.getByTestId('my-guidance-open').click()]);
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    expect(
      readFileSync(await file.path())
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
    await expect.poll(() => card.getByTestId('my-guidance-state').textContent()).toBe('已读');

    // The officer's list counts the read receipt.
    await officer.reload();
    const row = officer.locator('tr', { has: officer.getByTestId('campaign-row-title').filter({ hasText: title }) });
    await expect.poll(() => row.getByTestId('campaign-row-read').textContent()).toBe('1');
    await settled(officer);
    await row.scrollIntoViewIfNeeded();
    await shot(officer, 'guidance-campaigns');
  });

  it('[CASE][GUIDING] a reviewer publishes an archived case; the public page shows it without login, searchable, and passes axe', async () => {
    const officer = await as('officer');
    const reviewer = await as('reviewer');
    const me = await (await officer.request.get('/api/v1/auth/me')).json();
    const list = await apiCall(officer, 'GET', '/entities?industryCode=H62&pageSize=20');
    const party = (list.items as { id: string; uscc: string; name: string }[]).find((e) => e.uscc !== me.entityUscc);
    expect(party).toBeTruthy();
    const id = await archivedCase(officer, reviewer, party?.id as string);

    await reviewer.goto(`/cases/${id}`);
    await expect.poll(() => reviewer.getByTestId('case-state').textContent()).toBe('已归档');
    expect(await reviewer.getByTestId('case-notice-offered').textContent()).toBe('行政提示');
    await reviewer.getByTestId('action-publish-guiding').click();
    await reviewer.getByTestId('guiding-title').fill('餐饮后厨防鼠设施的口头行政提示');
    await reviewer.getByTestId('guiding-summary').fill(`${party?.name}后厨挡鼠板缺失，执法人员口头提示后当场整改，不予立案处罚`);
    await reviewer.getByTestId('guiding-keywords').click();
    await reviewer.keyboard.type('防鼠');
    await reviewer.keyboard.press('Enter');
    await reviewer.keyboard.type('行政提示');
    await reviewer.keyboard.press('Enter');
    await shot(reviewer, 'guiding-case-form');
    await reviewer.getByTestId('guiding-submit').click();
    await expect.poll(() => reviewer.getByText('已发布为指导性案例').count()).toBeGreaterThan(0);

    // Anyone, without logging in, on a phone.
    const { context, page } = await newPage(browser, PHONE);
    sessions.push(context);
    await page.goto('/public/no-penalty-lists');
    await page.getByRole('link', { name: '指导性案例' }).click();
    const search = page.getByTestId('guiding-search').locator('input');
    await search.fill('防鼠');
    await search.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe(`?q=${encodeURIComponent('防鼠')}`);
    const card = page.getByTestId('guiding-case').filter({ hasText: '餐饮后厨防鼠设施的口头行政提示' });
    await card.waitFor();
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('【基本案情】');
    expect(text).not.toContain(party?.name as string);
    expect(text).not.toContain(party?.uscc as string);
    await settled(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await shot(page, 'public-guiding-cases-phone', true);
    await page.setViewportSize({ width: 1440, height: 900 });
    await shot(page, 'public-guiding-cases');
  });
});

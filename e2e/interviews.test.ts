import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, PHONE, seriousAxeViolations, settled, shanghaiDay, shot } from './helpers';

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
  const { context, page } = await newPage(browser, viewport, { timezoneId: 'Asia/Shanghai' });
  sessions.push(context);
  await login(page, username);
  return page;
}

describe('[INTERVIEW][BROWSER] a collective, joint 约谈: attendance, minutes with follow-up items, signed by both departments', () => {
  it('the lead department records it, each department signs in its own session (the invited one on a phone)', async () => {
    const officer = await as('officer');
    const health = await as('officer4', PHONE);
    const entities = (await apiCall(officer, 'GET', '/entities?industryCode=H62&pageSize=10')).items as { id: string; name: string }[];
    const [a, b] = entities.slice(-2) as [{ id: string; name: string }, { id: string; name: string }];
    const facts = { facts: '后厨卫生条件存在苗头性问题', legalBasis: '《中华人民共和国食品安全法》第三十三条' };
    const caseA = (await apiCall(officer, 'POST', '/cases', { entityId: a.id, ...facts })).id;
    const caseB = (await apiCall(health, 'POST', '/cases', { entityId: b.id, ...facts })).id;
    const me = await apiCall(officer, 'GET', '/auth/me');
    const other = await apiCall(health, 'GET', '/auth/me');
    const iv = await apiCall(officer, 'POST', '/interviews', {
      mode: 'joint',
      departmentIds: [me.departmentId, other.departmentId],
      parties: [{ caseId: caseA }, { caseId: caseB }],
      subject: '餐饮单位后厨卫生问题集中联合约谈',
      legalBasis: '常政办发〔2025〕5号 第三项',
      scheduledAt: new Date(Date.now() + 3_600_000).toISOString(),
      place: '市场监管局三楼会议室',
    });

    // The lead department: the list, the 签到表, the minutes with one follow-up item per party.
    await officer.goto('/interviews');
    await officer.getByTestId('page-interviews').waitFor();
    await officer
      .getByRole('link', { name: /\d{4}-\d{2}-\d{2}/ })
      .first()
      .click();
    await officer.getByTestId('page-interview-detail').waitFor();
    const names = officer.getByTestId('attendance-name');
    await names.nth(0).fill('李明');
    await names.nth(1).fill('王红');
    await officer.getByTestId('attendance-save').click();
    await expect.poll(() => officer.getByTestId('interview-state').textContent()).toBe('已签到');
    await officer.getByTestId('minutes-content').fill('通报检查发现的后厨卫生问题，讲解食品安全法有关规定。');
    for (const [i, party] of [a.name, b.name].entries()) {
      await officer.getByTestId('follow-up-add').click();
      await officer.getByTestId('follow-up-party').nth(i).click();
      await officer.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: party }).click();
      await officer
        .getByTestId('follow-up-content')
        .nth(i)
        .fill(i === 0 ? '设置防鼠防蝇设施' : '从业人员取得健康证明');
      await officer.getByTestId('follow-up-due').nth(i).click();
      await officer.keyboard.type(shanghaiDay(10 + i));
      await officer.keyboard.press('Enter');
    }
    await officer.getByTestId('minutes-save').click();
    await expect.poll(() => officer.getByTestId('interview-state').textContent()).toBe('已记录笔录');
    await expect.poll(() => officer.getByTestId('follow-up-status').allTextContents()).toEqual(['整改中', '整改中']);
    await officer.getByTestId('interview-sign').click();
    await expect.poll(() => officer.getByTestId('signature-done').count()).toBe(1);

    // The invited department signs in its own session, on a phone; the minutes are then signed by both.
    await health.goto(`/interviews/${iv.id}`);
    await health.getByTestId('interview-sign').waitFor();
    await settled(health);
    expect(await seriousAxeViolations(health)).toEqual([]);
    await health.getByTestId('interview-sign').click();
    await expect.poll(() => health.getByTestId('interview-state').textContent()).toBe('笔录已签名');
    await expect.poll(() => health.getByTestId('signature-done').allTextContents()).toEqual(['张伟（43048224001）', '赵敏（43048226001）']);
    await shot(health, 'interview-signed-phone', true);
    expect(await health.getByTestId('interview-minutes-docx').getAttribute('href')).toContain(`/interviews/${iv.id}/minutes.docx`);

    // The follow-up item is done from the invited department; the case page shows the interview.
    await health.getByTestId('follow-up-done').nth(1).click();
    await health.getByTestId('follow-up-note').fill('已核验健康证明');
    await health.getByRole('button', { name: /确\s*定|OK/ }).click();
    await expect.poll(() => health.getByTestId('follow-up-status').allTextContents()).toEqual(['整改中', '已完成']);
    await officer.goto(`/cases/${caseA}`);
    await expect.poll(() => officer.getByTestId('case-interviews').textContent()).toContain('联合约谈');
  });
});

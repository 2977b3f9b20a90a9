import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, PHONE, shanghaiDay, shot } from './helpers';

/**
 * Issue 14, defects 1 and 2: every creating button double-clicked makes exactly one record (the api
 * client's Idempotency-Key and the server's first answer), and an impossible date typed in a date field
 * followed by Enter, or by a mouse click on 提交, submits nothing and shows a Chinese error on the field.
 */
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

const stateOf = (page: Page) => page.getByTestId('case-state').textContent();
const total = async (page: Page, path: string) => (await apiCall(page, 'GET', `${path}?pageSize=1`)).total as number;

/**
 * Types an impossible date into a date field and presses Enter, then types it again and clicks the form's submit
 * button with the mouse (the field loses focus first, and antd puts the old value back): both times the field
 * shows a Chinese error and the form sends nothing (the caller checks that nothing was written). Then the old
 * date is typed again, which clears the error.
 */
async function impossibleDate(page: Page, field: string | null, submit: string): Promise<void> {
  const input = field
    ? page.locator(`[data-testid="${field}"] input, input[data-testid="${field}"]`).first()
    : page.locator('.ant-picker-range input').first();
  const old = await input.inputValue();
  const typeBad = async () => {
    await input.click();
    await input.press('ControlOrMeta+a');
    await input.pressSequentially('2026-02-30');
  };
  await typeBad();
  await input.press('Enter');
  await expect.poll(() => page.getByTestId('date-error').first().textContent()).toContain('“2026-02-30”不是有效日期');
  await input.press('Escape');
  // 提交 clicked with the mouse right after typing: no submission with the old value.
  await typeBad();
  await page.getByTestId(submit).click();
  await page.waitForTimeout(800);
  await expect.poll(() => page.getByTestId('date-error').first().textContent()).toContain('“2026-02-30”不是有效日期');
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.press('Backspace');
  await input.pressSequentially(old);
  await input.press('Enter');
  await input.press('Escape');
  await expect.poll(() => page.getByTestId('date-error').count()).toBe(0);
}

describe('[FORMS][IDEMPOTENT] double clicks make one record; an impossible date with Enter submits nothing', () => {
  it('case start, 告知书, choice, measure, sign, draw, plan and merge, each double-clicked', async () => {
    const officer = await as('officer');
    const party = await as('enterprise', PHONE);
    const uscc = (await apiCall(party, 'GET', '/auth/me')).entityUscc as string;
    await apiCall(party, 'POST', '/portal/delivery-consent', { consent: true });

    // ── 启动: a double click starts one case ──────────────────────────────────────────────────────────
    const cases = await total(officer, '/cases');
    await officer.getByTestId('main-menu').getByTestId('menu-cases').click();
    await officer.getByTestId('case-new').click();
    await officer.getByTestId('case-entity').click();
    await officer.keyboard.type(uscc);
    await officer.locator('.ant-select-item-option', { hasText: uscc }).first().click();
    await officer.getByTestId('case-facts').fill('双击启动：经营场所未按规定公示营业执照');
    await officer.getByTestId('case-legal-basis').fill('《中华人民共和国市场主体登记管理条例》第三十六条');
    await officer.getByTestId('case-start-submit').dblclick();
    await officer.getByTestId('page-case-detail').waitFor();
    await expect.poll(() => stateOf(officer)).toBe('已启动');
    const casePath = new URL(officer.url()).pathname;
    const caseId = casePath.split('/').at(-1) as string;
    const caseNo = ((await officer.getByTestId('case-no').textContent()) ?? '').split(' · ')[0] as string;
    expect(await total(officer, '/cases')).toBe(cases + 1);

    // ── 告知书: an impossible deadline with Enter serves nothing; then a double click serves one ───────
    await officer.getByTestId('action-serve-notice').click();
    await expect.poll(() => officer.getByTestId('notice-delivery').textContent()).toContain('电子送达');
    await impossibleDate(officer, 'notice-deadline', 'notice-submit');
    await shot(officer, 'double-submit-impossible-date');
    expect((await apiCall(officer, 'GET', `/cases/${caseId}`)).documents).toHaveLength(0);
    expect(await stateOf(officer)).toBe('已启动');
    await officer.getByTestId('notice-submit').dblclick();
    await expect.poll(() => stateOf(officer)).toBe('待当事人选择');
    expect((await apiCall(officer, 'GET', `/cases/${caseId}`)).documents).toHaveLength(1);

    // ── The party must open the 告知书 before it can choose; a double click on 接受 is one choice ─────
    await party.goto('/portal/cases');
    await party.getByTestId('my-case').filter({ hasText: caseNo }).getByTestId('my-case-open').click();
    await party.getByTestId('portal-open-first').waitFor();
    expect(await party.getByTestId('portal-open-first').textContent()).toContain('请先点击上方“签收并查看”');
    expect(await party.getByTestId('portal-accept').isDisabled()).toBe(true);
    await Promise.all([party.waitForEvent('download'), party.getByTestId('portal-receive').click()]);
    await expect.poll(() => party.getByTestId('portal-accept').isDisabled()).toBe(false);
    await party.getByTestId('portal-accept').dblclick();
    await expect.poll(() => stateOf(party)).toBe('已选择柔性执法');

    // ── 措施: an impossible deadline with Enter records nothing; a double click records one ───────────
    await officer.goto(casePath);
    await expect.poll(() => stateOf(officer)).toBe('已选择柔性执法');
    await officer.getByTestId('action-record-measure').click();
    await expect.poll(() => officer.getByTestId('measure-type').textContent()).toContain('告知承诺');
    await officer.getByTestId('measure-content').fill('在经营场所显著位置公示营业执照');
    await impossibleDate(officer, 'measure-deadline', 'measure-submit');
    expect((await apiCall(officer, 'GET', `/cases/${caseId}`)).measures).toHaveLength(0);
    await officer.getByTestId('measure-submit').dblclick();
    await expect.poll(() => stateOf(officer)).toBe('承诺履行中');
    expect((await apiCall(officer, 'GET', `/cases/${caseId}`)).measures).toHaveLength(1);

    // ── 签署: a double click signs once ────────────────────────────────────────────────────────────────
    await party.reload();
    await party.getByTestId('portal-commitment-agree').click();
    await party.getByTestId('portal-sign').dblclick();
    await expect.poll(() => party.getByTestId('portal-commitment').count()).toBe(0);
    const signed = await apiCall(officer, 'GET', `/cases/${caseId}`);
    expect(signed.measures).toHaveLength(1);
    expect(signed.measures[0].commitment.partySignedAt).not.toBeNull();

    // ── 双随机 抽取: a double click publishes one draw, never a re-roll ─────────────────────────────────
    const reviewer = await as('reviewer');
    const title = `双击抽取 ${Date.now()}`;
    await reviewer.goto('/inspections/draws');
    await reviewer.getByTestId('draw-title').fill(title);
    await reviewer.getByTestId('draw-submit').dblclick();
    await reviewer.getByTestId('draw-result').waitFor();
    const published = await (await reviewer.request.get('/api/v1/public/random-draws')).json();
    const draws = (Array.isArray(published) ? published : published.items) as { title: string }[];
    expect(draws.filter((d) => d.title === title)).toHaveLength(1);

    // ── 检查计划: an impossible window with Enter submits nothing; a double click plans once ───────────
    const catering = (await apiCall(officer, 'GET', '/entities?industryCode=H62&pageSize=20')).items as { id: string; name: string }[];
    const target = catering.filter((e) => !e.name.includes('隆辉')).at(-1) as { id: string; name: string };
    const plans = await total(officer, '/inspections');
    await officer.goto('/inspections/new');
    await officer.getByTestId('page-inspection-new').waitFor();
    await officer.getByTestId('plan-entity').click();
    await officer.keyboard.type(target.name);
    await officer.locator('.ant-select-item-option', { hasText: target.name }).first().click();
    await officer
      .getByTestId('plan-items')
      .getByText(/^食品经营许可及公示情况/)
      .click();
    await officer.getByTestId('plan-officers').click();
    await officer.locator('.ant-select-item-option', { hasText: /张伟/ }).click();
    await officer.locator('.ant-select-item-option', { hasText: /王芳/ }).click();
    await officer.keyboard.press('Escape');
    await impossibleDate(officer, null, 'plan-submit');
    expect(await officer.getByTestId('page-inspection-new').count()).toBe(1);
    expect(await total(officer, '/inspections')).toBe(plans);
    await officer.getByTestId('plan-submit').dblclick();
    await officer.getByTestId('page-inspection-detail').waitFor();
    const planId = new URL(officer.url()).pathname.split('/').at(-1) as string;
    expect(await total(officer, '/inspections')).toBe(plans + 1);

    // ── 合并 (综合查一次): the health department plans the same entity; a double click merges once ─────
    const health = await as('officer4');
    const items = (await apiCall(health, 'GET', '/inspection-items')) as { id: string; code: string }[];
    const officers = (await apiCall(health, 'GET', '/inspection-officers')) as { id: string }[];
    const other = await apiCall(health, 'POST', '/inspections', {
      entityId: target.id,
      type: 'routine',
      itemIds: items.filter((i) => i.code === 'WS-JC-001').map((i) => i.id),
      officerIds: officers.map((o) => o.id),
      windowFrom: shanghaiDay(2),
      windowTo: shanghaiDay(9),
    });
    await officer.reload();
    await officer.getByTestId('merge-button').dblclick();
    await officer.getByTestId('inspection-joint').waitFor();
    const mine = await apiCall(officer, 'GET', `/inspections/${planId}`);
    expect(mine.jointGroupId).not.toBeNull();
    expect((await apiCall(health, 'GET', `/inspections/${other.id}`)).jointGroupId).toBe(mine.jointGroupId);
    expect(await total(officer, '/inspections')).toBe(plans + 1);
  });
});

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarCovering } from './calendar-cover';
import { baseUrl, launch, login, newPage, shanghaiDay, shot } from './helpers';

let browser: Browser;
const sessions: BrowserContext[] = [];

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await Promise.all(sessions.map((c) => c.close()));
  await browser.close();
});

async function as(username: string): Promise<Page> {
  const { context, page } = await newPage(browser, undefined, { timezoneId: 'Asia/Shanghai' });
  sessions.push(context);
  await login(page, username);
  return page;
}

function report(): Buffer {
  const png = new PNG({ width: 16, height: 16 });
  png.data.fill(120);
  return PNG.sync.write(png);
}

const statusOf = (page: Page) => page.getByTestId('task-status').textContent();

describe('[SUPERVISION] a supervision task across the Judicial Bureau and a department, in the browser', () => {
  it('the bureau opens a task with a deadline in working days; the department answers, is returned, answers again; the bureau closes it', async () => {
    // The deadline reaches at most a fortnight ahead; near a year's end the next year must be loaded first.
    const calendar = await calendarCovering(baseUrl(), 14);
    const title = `督导：纠正事项办理情况 ${Date.now()}`;
    // ── 司法局 opens the task ─────────────────────────────────────────────────────────────
    const bureau = await as('supervisor');
    // Every menu group starts open (clicking the group would close it).
    await bureau.getByTestId('main-menu').getByTestId('menu-supervision-tasks').click();
    await bureau.getByTestId('page-supervision-tasks').waitFor();
    await bureau.getByTestId('open-task').click();
    await bureau.getByTestId('task-department').click();
    await bureau.locator('.ant-select-item-option', { hasText: '常宁市市场监督管理局' }).first().click();
    await bureau.getByTestId('task-title').fill(title);
    await bureau.getByTestId('task-demand').fill('请核查本季度纠正事项办理情况，说明原因并提出整改措施。');
    await bureau.getByTestId('task-days').fill('5');
    await bureau.getByTestId('open-task-ok').click();
    await bureau.getByTestId('page-supervision-task').waitFor();
    const taskPath = new URL(bureau.url()).pathname;
    // The deadline is 5 working days on the stored arrangements (weekends and holidays skipped).
    const due = calendar.addWorkdays(shanghaiDay(), 5);
    await expect.poll(() => bureau.getByTestId('task-due').textContent()).toBe(due);
    await expect.poll(() => statusOf(bureau)).toBe('待答复');

    // ── 市场监管局's reviewer answers with a report ────────────────────────────────────────────
    const dept = await as('reviewer');
    await dept.getByTestId('main-menu').getByTestId('menu-my-supervision-tasks').click();
    await dept.getByTestId('page-supervision-tasks').waitFor();
    await dept.getByRole('link', { name: title }).click();
    await dept.getByTestId('page-supervision-task').waitFor();
    await dept.getByTestId('answer-text').fill('已逐项核查，3件已纠正，其余正在办理。');
    await dept.locator('input[type=file]').setInputFiles({ name: '整改报告.png', mimeType: 'image/png', buffer: report() });
    await dept.getByTestId('send-answer').click();
    await expect.poll(() => statusOf(dept)).toBe('已答复待审核');
    await dept.getByTestId('task-material').filter({ hasText: '整改报告.png' }).waitFor();

    // ── The bureau returns it with a reason ────────────────────────────────────────────────────
    await bureau.reload();
    await bureau.getByTestId('return-task').click();
    await bureau.getByTestId('review-text').fill('未说明其余事项的办理计划和时限');
    await bureau.getByTestId('review-ok').click();
    await expect.poll(() => statusOf(bureau)).toBe('已退回');

    // ── The department answers again; the bureau closes the task ────────────────────────────────
    await dept.reload();
    await dept.getByTestId('answer-text').fill('其余2件已列入计划，本月底前办结。');
    await dept.getByTestId('send-answer').click();
    await expect.poll(() => statusOf(dept)).toBe('已答复待审核');
    await bureau.reload();
    await bureau.getByTestId('close-task').click();
    await bureau.getByTestId('review-text').fill('同意办结');
    await bureau.getByTestId('review-ok').click();
    await expect.poll(() => statusOf(bureau)).toBe('已办结');
    await expect
      .poll(() => bureau.getByTestId('task-step').allTextContents())
      .toEqual([
        expect.stringContaining('下发'),
        expect.stringContaining('已逐项核查'),
        expect.stringContaining('未说明其余事项'),
        expect.stringContaining('其余2件'),
        expect.stringContaining('同意办结'),
      ]);
    await shot(bureau, 'supervision-task-closed', true);

    // 业务培训 under the same group: the year's figure for every department.
    await bureau.getByTestId('main-menu').getByTestId('menu-training').click();
    await bureau.getByTestId('page-training').waitFor();
    await expect
      .poll(() => bureau.getByTestId('training-figures').locator('tbody tr').filter({ hasText: '常宁市市场监督管理局' }).count())
      .toBe(1);

    // Another department does not see it at all.
    const other = await as('reviewer2');
    expect((await other.request.get(`/api/v1${taskPath.replace('/supervision/tasks', '/supervision-tasks')}`)).status()).toBe(404);
  });
});

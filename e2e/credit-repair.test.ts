/**
 * 信用修复 in Chromium (issue 11 acceptance): the enterprise applies one day before the minimum publicity period has
 * run and is refused with the date; the next day it applies and signs the 信用承诺书; the department's reviewer
 * approves; the record is gone from the public credit page (without login). The clock is the server's own: this
 * file starts a demo server whose `now` it moves by a day (the shared server keeps real time).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarCovering } from './calendar-cover';
import { apiCall, launch, login, newPage, PASSWORD, PHONE, settled, shot } from './helpers';

const DAY = 86_400_000;
let offset = 0;
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let dataDir: string;

beforeAll(async () => {
  browser = await launch();
  const { startServer } = await import('@rouxing/server');
  const { WEB_DIST } = await import('@rouxing/cli');
  dataDir = mkdtempSync(join(tmpdir(), 'rouxing-e2e-credit-'));
  server = await startServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: true,
    demoPassword: PASSWORD,
    webDist: WEB_DIST,
    logLevel: 'warn',
    now: () => new Date(Date.now() + offset),
  });
  // The repair decision's deadline is 10 working days from the application (a day ahead): near a year's end the
  // next year's arrangement must be loaded first.
  await calendarCovering(server.url, 30);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const open = (viewport = { width: 1440, height: 900 }) => newPage(browser, viewport, { baseURL: server.url });
const card = (page: Page, no: string) => page.locator(`[data-testid="credit-record"][data-document-no="${no}"]`);

describe('[CREDIT] credit repair (信用修复) in the browser', () => {
  it('refused before the minimum period with the date; applied and signed the next day; approved; gone from the public page', async () => {
    let rec = { id: '', documentNo: '', uscc: '', repairEligibleFrom: '', today: '' };
    const ent = await open(PHONE);
    try {
      await login(ent.page, 'enterprise');
      const records = (await apiCall(ent.page, 'GET', '/portal/credit-records')).items as {
        id: string;
        documentNo: string;
        uscc: string;
        repairEligibleFrom: string;
        today: string;
      }[];
      const d1 = records.find((r) => r.documentNo.endsWith('D1号'));
      expect(d1, JSON.stringify(records)).toBeDefined();
      rec = d1 as NonNullable<typeof d1>;
      expect(rec.repairEligibleFrom > rec.today).toBe(true);

      // The day before: the button is disabled and names the day; the server refuses with the same date.
      await ent.page.goto('/portal/credit');
      const button = card(ent.page, rec.documentNo).getByTestId('repair-apply');
      await expect.poll(() => button.textContent()).toContain(`${rec.repairEligibleFrom}起可申请修复`);
      expect(await button.isDisabled()).toBe(true);
      await shot(ent.page, 'credit-repair-too-early');
      const early = await ent.page.request.post(`/api/v1/portal/credit-records/${rec.id}/repair`, {
        data: { commitmentSigned: true, statement: '罚款已缴清，整改完毕' },
      });
      expect(early.status()).toBe(422);
      const [y, m, d] = rec.repairEligibleFrom.split('-').map(Number);
      expect((await early.json()).error.message).toContain(`自${y}年${m}月${d}日起可以申请`);

      // The next day (the session has lapsed overnight): apply, reading and signing the commitment.
      offset += DAY;
      await login(ent.page, 'enterprise');
      await ent.page.goto('/portal/credit');
      const ready = card(ent.page, rec.documentNo).getByTestId('repair-apply');
      await expect.poll(() => ready.isEnabled()).toBe(true);
      await ready.click();
      const download = ent.page.waitForEvent('download');
      await ent.page.getByTestId('commitment-download').click();
      expect((await download).suggestedFilename()).toContain('信用承诺书');
      await ent.page.getByTestId('repair-statement').fill('罚款已于决定后十日内缴清，问题已整改完毕');
      await ent.page.getByText('我已阅读并签署信用承诺书').click();
      await ent.page.getByTestId('repair-submit').click();
      await card(ent.page, rec.documentNo).getByTestId('repair-pending').waitFor();
      await shot(ent.page, 'credit-repair-applied');
    } finally {
      await ent.context.close();
    }

    const anon = await open();
    const publicNos = async () => {
      await anon.page.goto(`/public/credit/${rec.uscc}`);
      await settled(anon.page);
      return (await anon.page.getByTestId('public-credit').textContent()) ?? '';
    };
    try {
      expect(await publicNos()).toContain(rec.documentNo);

      const rev = await open();
      try {
        await login(rev.page, 'reviewer3');
        await rev.page.goto('/credit/cases');
        const row = rev.page.getByRole('row').filter({ hasText: rec.documentNo });
        await row.getByTestId('credit-case-decide').click();
        await rev.page.getByText('准予修复（立即停止公示）').click();
        await rev.page.getByTestId('credit-case-confirm').click();
        await expect.poll(() => rev.page.getByRole('row').filter({ hasText: rec.documentNo }).count()).toBe(0);
      } finally {
        await rev.context.close();
      }

      // Checked without login: the repaired record has left the public page.
      expect(await publicNos()).not.toContain(rec.documentNo);
      await shot(anon.page, 'credit-public-after-repair');
    } finally {
      await anon.context.close();
    }
  });
});

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DECISION_IMPORT_COLUMNS } from '@rouxing/contracts';
import { generateIssuedDecisions, issuedDecisionCells } from '@rouxing/domain';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, shot } from './helpers';

const PREFIX = '常市监罚〔2026〕E';

async function writeWorkbook(file: string, usccs: string[]) {
  const g = generateIssuedDecisions({
    count: 10_000,
    bad: 100,
    usccs,
    seed: 2026,
    violationCode: 'SC-FOOD-001',
    ordinary: { min: 600, max: 1400 },
    statutoryMax: 2000,
    documentPrefix: PREFIX,
    from: '2025-09-01',
    days: 400,
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('行政处罚决定');
  ws.addRow(DECISION_IMPORT_COLUMNS.map((c) => c.header)).commit();
  for (const d of g.decisions) {
    ws.addRow(issuedDecisionCells(d)).commit();
  }
  ws.commit();
  await wb.commit();
  return g.bad;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[CREDIT][RECHECK] an .xlsx of 10,000 issued decisions with 100 bad ones', () => {
  it('imports in the browser with a progress bar, and exactly the 100 bad ones become correction items', async () => {
    const { context, page } = await newPage(browser);
    try {
      await login(page, 'officer');
      const entities = await apiCall(page, 'GET', '/entities?page=1&pageSize=100');
      const usccs = (entities.items as { uscc: string }[]).map((e) => e.uscc);
      const dir = join(tmpdir(), 'rouxing-e2e-decisions');
      mkdirSync(dir, { recursive: true });
      const file = join(dir, '行政处罚决定-1万份.xlsx');
      const bad = await writeWorkbook(file, usccs);
      expect(bad.size).toBe(100);

      await page.goto('/credit/issued-decisions');
      await page.getByTestId('page-issued-decisions').waitFor();
      await page.locator('input[type=file]').setInputFiles(file);
      const bar = page.getByTestId('decision-import-progress');
      await bar.waitFor({ timeout: 60_000 });
      await shot(page, 'decision-import-progress');
      const status = page.getByTestId('decision-import-status');
      await expect
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
        .poll(async () => ['已完成', '失败'].includes((await status.innerText()).trim()), { timeout: 170_000, interval: 200 })
        .toBe(true);
      await shot(page, 'decision-import-end');
      // A failed import names its reason and its first bad rows in the job card: the failure shows them.
      const job = (await page.getByTestId('decision-import-job').textContent()) ?? '';
      expect(((await status.textContent()) ?? '').trim(), job).toBe('已完成');
      // The bar ends full (antd shows a check instead of "100%").
      expect(await bar.getAttribute('aria-valuenow')).toBe('100');
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
      expect((await page.getByTestId('decision-import-committed').innerText()).replace(/\D/g, '')).toBe('10000');
      await shot(page, 'decision-import-done');

      const items = await apiCall(page, 'GET', '/correction-items?status=open&pageSize=500');
      const got = new Map<string, string>(
        (items.items as { documentNo: string; reason: string; explanation: string }[])
          .filter((i) => i.documentNo.startsWith(PREFIX))
          .map((i) => [i.documentNo, i.reason]),
      );
      expect(got).toEqual(bad);
      expect(
        (items.items as { explanation: string }[]).every((i) => i.explanation.includes('行政处罚法') || i.explanation.length > 10),
      ).toBe(true);

      await page.goto('/credit/corrections');
      await page.getByTestId('page-correction-items').waitFor();
      await page.getByTestId('correction-items').locator('.ant-table-row').first().waitFor();
      // The officer reads the items; correcting or justifying is the reviewer's: no column of actions for him.
      const headers = await page.getByTestId('correction-items').locator('th').allTextContents();
      expect(headers).toContain('决定书文号');
      expect(headers).not.toContain('操作');
      await shot(page, 'correction-items');
    } finally {
      await context.close();
    }
  });
});

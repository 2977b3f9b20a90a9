import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { USCC_ALPHABET, usccCheckCharacter } from '@rouxing/domain';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, shot } from './helpers';

const ROWS = 100_000;
const HEADER = [
  '统一社会信用代码',
  '名称',
  '主体类型',
  '法定代表人',
  '法定代表人身份证号',
  '联系电话',
  '行业代码',
  '住所',
  '行政区划代码',
  '成立日期',
  '新业态',
];

/** A unique, valid USCC per row number (organisation code from the counter). */
function code(i: number): string {
  let n = i;
  let org = '';
  for (let k = 0; k < 8; k++) {
    org = USCC_ALPHABET[n % 31] + org;
    n = Math.floor(n / 31);
  }
  const body = `92430482W${org}`;
  return body + usccCheckCharacter(body);
}

async function writeWorkbook(file: string): Promise<number> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false });
  const ws = wb.addWorksheet('市场主体');
  ws.addRow(HEADER).commit();
  let bad = 0;
  for (let i = 1; i <= ROWS; i++) {
    const row = [
      code(i),
      `常宁市测试批量${i}号商行`,
      '个体工商户',
      '李测试',
      '',
      i % 3 ? '' : '13807340000',
      'F52',
      `常宁市宜阳街道建设路${i}号`,
      '430482',
      '2020-05-01',
      '否',
    ];
    if (i % 100 === 0) {
      // Exactly 1% bad rows, three kinds: wrong check character, no name, unknown industry.
      const kind = (i / 100) % 3;
      if (kind === 0) {
        const c = row[0] as string;
        row[0] = `${c.slice(0, 17)}${c.endsWith('0') ? '1' : '0'}`;
      } else if (kind === 1) {
        row[1] = '';
      } else {
        row[6] = 'ZZ9';
      }
      bad++;
    }
    ws.addRow(row).commit();
  }
  ws.commit();
  await wb.commit();
  return bad;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[ENTITY][IMPORT] a 100,000-row .xlsx with 1% bad rows', () => {
  it('commits every good row, reports every bad row with its reason, and shows progress in the page', async () => {
    const dir = join(tmpdir(), 'rouxing-e2e-import');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, '市场主体-10万行.xlsx');
    const bad = await writeWorkbook(file);
    expect(bad).toBe(1000);

    const { context, page } = await newPage(browser);
    try {
      await login(page, 'officer');
      await page.goto('/entities/import');
      await page.locator('input[type=file]').setInputFiles(file);
      await page.getByTestId('import-progress').waitFor({ timeout: 60_000 });
      // The bar is seen part-way (neither 0% nor 100%) while rows are being read and committed.
      await expect
        .poll(
          async () => {
            // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
            const text = await page.getByTestId('import-progress').innerText();
            const percent = Number.parseInt(text, 10);
            return percent > 0 && percent < 100;
          },
          { timeout: 60_000, interval: 100 },
        )
        .toBe(true);
      await shot(page, 'import-progress');
      await page.getByTestId('import-job').getByText('已完成').waitFor({ timeout: 170_000 });
      await shot(page, 'import-done');
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
      const committed = await page.getByTestId('import-committed').innerText();
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
      const failed = await page.getByTestId('import-failed').innerText();
      expect(committed.replace(/\D/g, '')).toBe('99000');
      expect(failed.replace(/\D/g, '')).toBe('1000');
      const errors = page.getByTestId('import-errors');
      expect(await errors.getByText('校验码错误').count()).toBeGreaterThan(0);
      // Row numbers as a spreadsheet shows them: the header is row 1, so the 100th data row is row 101.
      expect(await errors.getByText('101', { exact: true }).count()).toBeGreaterThan(0);

      await page.goto(`/entities?q=${encodeURIComponent('常宁市测试批量99999号商行')}`);
      await page.locator('.ant-table-row', { hasText: '常宁市测试批量99999号商行' }).waitFor();
    } finally {
      await context.close();
    }
  });
});

import { mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { usccCheckCharacter } from '@rouxing/domain';
import ExcelJS from 'exceljs';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, PRODUCTION_ADMIN_PASSWORD, pick, shot, startEmptyProduction } from './helpers';

let browser: Browser;
let prod: { url: string; close: () => Promise<void> };
beforeAll(async () => {
  browser = await launch();
  prod = await startEmptyProduction();
});
afterAll(async () => {
  await browser?.close();
  await prod?.close();
});

const PASSWORD = 'Setup#2026abc';

async function as(username: string, password = PASSWORD, viewport?: { width: number; height: number }) {
  const s = await newPage(browser, viewport, { baseURL: prod.url });
  await s.context.grantPermissions(['geolocation']);
  await s.context.setGeolocation({ latitude: 26.4206, longitude: 112.3969, accuracy: 20 });
  await login(s.page, username, password);
  return s;
}

const ENTITY = '常宁市老街餐馆';

/** A one-row registry file, as a county's market regulator exports it. */
async function entityWorkbook(): Promise<string> {
  const dir = join(tmpdir(), 'rouxing-e2e-setup');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, '市场主体.xlsx');
  const body = '92430482W00A1B2C3';
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('市场主体');
  ws.addRow([
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
  ]);
  ws.addRow([
    body + usccCheckCharacter(body),
    ENTITY,
    '个体工商户',
    '李老街',
    '',
    '',
    'H62',
    '常宁市宜阳街道老街1号',
    '430482',
    '2019-03-01',
    '否',
  ]);
  await wb.xlsx.writeFile(file);
  return file;
}

const status = (page: Page) => page.getByTestId('inspection-status').textContent();

/** Opens a menu entry of the console's side menu (its group opened first when it has one). */
async function menu(page: Page, testId: string) {
  const entry = page.getByTestId('main-menu').getByTestId(testId);
  if (!(await entry.isVisible())) {
    await page.getByTestId('main-menu').getByTestId('menu-group-admin').click();
  }
  await entry.click();
}

const done = (page: Page, check: string) => page.getByTestId(`setup-check-${check}`).getAttribute('data-done');

async function createDepartment(page: Page, name: string, kind: RegExp, docPrefix: string) {
  await page.getByTestId('department-new').click();
  await page.getByTestId('department-name').fill(name);
  await pick(page, 'department-kind', '', kind);
  await page.getByTestId('department-doc-prefix').fill(docPrefix);
  await page.locator('#department-save').click();
  await expect.poll(() => page.getByRole('cell', { name, exact: true }).count()).toBe(1);
}

type NewUser = { username: string; name: string; role: RegExp | null; dept: RegExp; cert?: string };

async function createUser(page: Page, u: NewUser) {
  await page.getByTestId('user-new').click();
  await page.getByTestId('user-username').fill(u.username);
  await page.getByTestId('user-display-name').fill(u.name);
  if (u.role) {
    // A new account starts as 执法人员: take that off, choose the role.
    await page.locator('.ant-modal .ant-select-selection-item-remove').first().click();
    await pick(page, 'user-roles', '', u.role);
    await page.keyboard.press('Escape');
  }
  await pick(page, 'user-department', '', u.dept);
  if (u.cert) {
    await page.getByTestId('user-certificate-no').fill(u.cert);
    await page.getByTestId('user-certificate-expires-on').fill('2030-06-30');
  }
  await page.getByTestId('user-password').fill(PASSWORD);
  await page.locator('.ant-modal-footer .ant-btn-primary').click();
  await expect.poll(() => page.getByRole('cell', { name: u.username, exact: true }).count()).toBe(1);
}

describe('[SETUP][E2E] a county sets the platform up from nothing, in the UI, in production mode', () => {
  it('the administrator sees what is missing, creates departments and accounts; the reviewer, the Judicial Bureau finish the set-up', async () => {
    const admin = await as('admin', PRODUCTION_ADMIN_PASSWORD);
    try {
      // The dashboard lists everything still missing.
      await admin.page.getByTestId('setup-checklist').waitFor();
      expect(await done(admin.page, 'enforcement_department')).toBe('no');
      await shot(admin.page, 'setup-01-first-run');

      await menu(admin.page, 'menu-departments');
      await admin.page.getByTestId('page-departments').waitFor();
      await createDepartment(admin.page, '常宁市市场监督管理局', /^执法部门$/, '常市监');
      await createDepartment(admin.page, '常宁市司法局', /^司法局$/, '常司');

      await menu(admin.page, 'menu-users');
      await admin.page.getByTestId('user-new').waitFor();
      const scjg = /^常宁市市场监督管理局$/;
      await createUser(admin.page, { username: 'zhangwei', name: '张伟', role: null, dept: scjg, cert: '43048224001' });
      await createUser(admin.page, { username: 'wangfang', name: '王芳', role: null, dept: scjg, cert: '43048224002' });
      await createUser(admin.page, { username: 'liuyang', name: '刘洋', role: /^法制审核$/, dept: scjg });
      await createUser(admin.page, { username: 'chenjing', name: '陈静', role: /司法局（督导）/, dept: /^常宁市司法局$/ });
    } finally {
      await admin.context.close();
    }

    // The department's reviewer adds an item and publishes it.
    const reviewer = await as('liuyang');
    try {
      await menu(reviewer.page, 'menu-inspection-items');
      await reviewer.page.getByTestId('item-new').click();
      await reviewer.page.getByTestId('item-code').fill('SC-JC-001');
      await reviewer.page.getByTestId('item-name').fill('餐饮服务食品安全检查');
      await reviewer.page.getByTestId('item-legal-basis').fill('《食品安全法》第五十五条');
      await reviewer.page.getByTestId('item-checklist').fill('从业人员健康证明\n食品贮存条件\n餐具消毒');
      await reviewer.page.locator('#item-save').click();
      await reviewer.page.getByTestId('item-publish-SC-JC-001').click();
      await expect.poll(() => reviewer.page.getByText('已公布', { exact: true }).count()).toBe(1);
    } finally {
      await reviewer.context.close();
    }

    // The Judicial Bureau lists it for catering and publishes the list, and sets a trigger rule.
    const bureau = await as('chenjing');
    try {
      await menu(bureau.page, 'menu-joint-task-list');
      await bureau.page.getByTestId('task-list-industry').fill('H62');
      await pick(bureau.page, 'task-list-item', '', /餐饮服务食品安全检查/);
      await bureau.page.getByTestId('task-list-add').click();
      await expect.poll(() => bureau.page.getByText('待公布', { exact: true }).count()).toBe(1);
      await bureau.page.getByTestId('task-list-publish').click();
      await expect.poll(() => bureau.page.getByText('已公布', { exact: true }).count()).toBe(1);

      await menu(bureau.page, 'menu-trigger-rules');
      await bureau.page.getByTestId('trigger-rule-new').click();
      await pick(bureau.page, 'trigger-rule-item', '', /餐饮服务食品安全检查/);
      await bureau.page.locator('#trigger-rule-save').click();
      await expect.poll(() => bureau.page.getByRole('cell', { name: /餐饮服务食品安全检查/ }).count()).toBe(1);
    } finally {
      await bureau.context.close();
    }

    // The administrator's first-run page now ticks those off.
    const again = await as('admin', PRODUCTION_ADMIN_PASSWORD);
    try {
      await again.page.goto('/admin/setup');
      await again.page.getByTestId('setup-checklist').waitFor();
      for (const check of [
        'enforcement_department',
        'judicial_department',
        'reviewer',
        'certified_officers',
        'published_item',
        'task_list',
        'trigger_rule',
      ]) {
        expect(await done(again.page, check), check).toBe('yes');
      }
      expect(await done(again.page, 'entity')).toBe('no');
      await shot(again.page, 'setup-02-after');
    } finally {
      await again.context.close();
    }
  });

  it('then an officer imports an entity, plans an inspection of it, the reviewer approves, the code verifies and the officer checks in', async () => {
    const officer = await as('zhangwei');
    let planUrl = '';
    try {
      const { page } = officer;
      await page.goto('/entities/import');
      await page.locator('input[type=file]').setInputFiles(await entityWorkbook());
      await page.getByTestId('import-job').getByText('已完成').waitFor({ timeout: 60_000 });
      // biome-ignore lint/performance/useDomNodeTextContent: Playwright's Locator.innerText (rendered text), not the DOM property
      expect((await page.getByTestId('import-committed').innerText()).replace(/\D/g, '')).toBe('1');

      await page.getByTestId('menu-inspections').click();
      await page.getByTestId('inspection-new').click();
      await page.getByTestId('plan-entity').click();
      await page.keyboard.type('老街');
      await page
        .locator('.ant-select-item-option', { hasText: /老街餐馆/ })
        .first()
        .click();
      await page
        .getByTestId('plan-items')
        .getByText(/^餐饮服务食品安全检查/)
        .click();
      await page.getByTestId('plan-officers').click();
      await page.locator('.ant-select-item-option', { hasText: /张伟/ }).click();
      await page.locator('.ant-select-item-option', { hasText: /王芳/ }).click();
      await page.keyboard.press('Escape');
      await page.getByTestId('plan-submit').click();
      await page.getByTestId('page-inspection-detail').waitFor();
      await expect.poll(() => status(page)).toBe('待审批');
      planUrl = new URL(page.url()).pathname;
    } finally {
      await officer.context.close();
    }

    const reviewer = await as('liuyang');
    let codeUrl = '';
    try {
      const { page } = reviewer;
      await page.goto(planUrl);
      await page.getByTestId('plan-approve').click();
      await expect.poll(() => status(page)).toBe('已批准');
      await page.getByTestId('inspection-qr').waitFor();
      const png = await page.request.get(`/api/v1${planUrl}/code.png`);
      const img = PNG.sync.read(Buffer.from(await png.body()));
      codeUrl = jsQR(new Uint8ClampedArray(img.data), img.width, img.height)?.data ?? '';
      expect(codeUrl).toMatch(/\/v\/RX1\./);
    } finally {
      await reviewer.context.close();
    }

    // The entity scans the code: valid, with the two certified officers.
    const phone = await newPage(browser, { width: 390, height: 844 }, { baseURL: prod.url });
    try {
      await phone.page.goto(new URL(codeUrl).pathname);
      await expect.poll(() => phone.page.getByTestId('code-state').textContent()).toBe('检查码有效');
      expect(
        await phone.page
          .getByTestId('code-officers')
          .getByText(/执法证号 43048224001/)
          .count(),
      ).toBe(1);
    } finally {
      await phone.context.close();
    }

    const onSite = await as('zhangwei', PASSWORD, { width: 390, height: 844 });
    try {
      await onSite.page.goto(planUrl);
      await onSite.page.getByTestId('check-in').click();
      await expect.poll(() => status(onSite.page)).toBe('检查中');
      await shot(onSite.page, 'setup-03-checked-in');
    } finally {
      await onSite.context.close();
    }
  });

  it('and starts a flexible-enforcement case against the entity and serves its 告知书 with the new department’s 文号', async () => {
    const { context, page } = await as('zhangwei');
    try {
      await page.getByTestId('main-menu').getByTestId('menu-cases').click();
      await page.getByTestId('case-new').click();
      await page.getByTestId('case-entity').click();
      await page.keyboard.type('老街');
      await page
        .locator('.ant-select-item-option', { hasText: /老街餐馆/ })
        .first()
        .click();
      await page.getByTestId('case-facts').fill('经营场所未按规定在显著位置公示食品经营许可证');
      await page.getByTestId('case-legal-basis').fill('《中华人民共和国食品安全法》第一百二十五条第二款');
      await page.getByTestId('case-start-submit').click();
      await page.getByTestId('page-case-detail').waitFor();
      await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('已启动');
      expect(((await page.getByTestId('case-no').textContent()) ?? '').split(' · ')[0]).toMatch(/^常市监柔案〔\d{4}〕\d+号$/);
      await page.getByTestId('action-serve-notice').click();
      await page.getByTestId('notice-submit').click();
      await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('待当事人选择');
      expect(await page.getByTestId('case-documents').getByText('柔性执法告知书').count()).toBe(1);
      await shot(page, 'setup-04-notice-served');
    } finally {
      await context.close();
    }
  });
});

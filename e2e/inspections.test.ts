import AxeBuilder from '@axe-core/playwright';
import jsQR from 'jsqr';
import type { Browser, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, login, newPage, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function as(username: string, viewport?: { width: number; height: number }) {
  const s = await newPage(browser, viewport);
  await s.context.grantPermissions(['geolocation']);
  await s.context.setGeolocation({ latitude: 26.4206, longitude: 112.3969, accuracy: 20 });
  await login(s.page, username);
  return s;
}

const status = (page: Page) => page.getByTestId('inspection-status').textContent();

describe('[INSPECTION][CODE] plan → approval → QR code on a phone → check-in/out → rating', () => {
  it('runs the loop in the browser; the department cannot see the rating, the Judicial Bureau can', async () => {
    const officer = await as('officer');
    let planUrl = '';
    try {
      const { page } = officer;
      await page.getByTestId('menu-inspections').click();
      await page.getByTestId('inspection-new').click();
      await page.getByTestId('plan-entity').click();
      await page.keyboard.type('隆辉');
      await page.locator('.ant-select-item-option', { hasText: /隆辉/ }).first().click();
      await page
        .getByTestId('plan-items')
        .getByText(/^食品经营许可及公示情况/)
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

    const reviewer = await as('reviewer');
    let codeUrl = '';
    try {
      const { page } = reviewer;
      await page.goto(planUrl);
      await page.getByTestId('plan-approve').click();
      await expect.poll(() => status(page)).toBe('已批准');
      await page.getByTestId('inspection-qr').waitFor();
      const png = await page.request.get(`/api/v1${planUrl}/code.png`);
      const img = PNG.sync.read(Buffer.from(await png.body()));
      const decoded = jsQR(new Uint8ClampedArray(img.data), img.width, img.height);
      expect(decoded?.data).toMatch(/\/v\/RX1\./);
      codeUrl = decoded?.data ?? '';
      await shot(page, 'inspection-approved');
    } finally {
      await reviewer.context.close();
    }

    // The enterprise scans the code on its phone: no login.
    const phone = await newPage(browser, { width: 390, height: 844 });
    try {
      await phone.page.goto(new URL(codeUrl).pathname);
      await expect.poll(() => phone.page.getByTestId('code-state').textContent()).toBe('检查码有效');
      const officers = phone.page.getByTestId('code-officers');
      expect(await officers.getByText('张伟').count()).toBe(1);
      expect(await officers.getByText('王芳').count()).toBe(1);
      expect(await officers.getByText(/执法证号 43048224001/).count()).toBe(1);
      await shot(phone.page, 'code-check-phone');
      const axe = await new AxeBuilder({ page: phone.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(
        axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
      // An altered code says so plainly.
      await phone.page.goto(`${new URL(codeUrl).pathname.slice(0, -4)}AAAA`);
      await expect.poll(() => phone.page.getByTestId('code-state').textContent()).toBe('检查码无效');
    } finally {
      await phone.context.close();
    }

    const onSite = await as('officer', { width: 390, height: 844 });
    try {
      const { page } = onSite;
      await page.goto(planUrl);
      await page.getByTestId('check-in').click();
      await expect.poll(() => status(page)).toBe('检查中');
      await page.getByTestId('check-out').click();
      await expect.poll(() => status(page)).toBe('已结束');
      await shot(page, 'inspection-checked-out-phone');
    } finally {
      await onSite.context.close();
    }

    const enterprise = await as('enterprise');
    try {
      const { page } = enterprise;
      await page.getByTestId('menu-inspections').click();
      await page.getByTestId('inspection-row-link').first().click();
      // No score is given for the enterprise: submitting untouched names each one (issue 14, defect 3).
      await page.getByTestId('rate-submit').click();
      await expect.poll(() => page.getByText('请评价文明礼仪（1至5分）').count()).toBe(1);
      for (const [field, stars] of [
        ['conduct', 5],
        ['etiquette', 4],
        ['disruption', 5],
      ] as const) {
        await page
          .getByTestId(`rate-${field}`)
          .locator('.ant-rate-star')
          .nth(stars - 1)
          .click();
      }
      await page.getByTestId('rate-comment').fill('检查人员出示证件，态度良好');
      await page.getByTestId('rate-submit').click();
      await expect.poll(() => page.getByTestId('inspection-rating').textContent()).toContain('企业已评价');
    } catch (e) {
      await shot(enterprise.page, 'inspection-rate-failed');
      throw e;
    } finally {
      await enterprise.context.close();
    }

    const dept = await as('reviewer');
    try {
      await dept.page.goto(planUrl);
      await expect.poll(() => dept.page.getByTestId('inspection-rating').textContent()).toBe('企业已评价（评价内容仅司法局可见）');
    } finally {
      await dept.context.close();
    }
    const supervisor = await as('supervisor');
    try {
      await supervisor.page.goto(planUrl);
      await expect.poll(() => supervisor.page.getByTestId('inspection-rating').textContent()).toContain('检查人员出示证件，态度良好');
      expect(await supervisor.page.getByTestId('inspection-rating').textContent()).toContain('执法规范 5');
    } finally {
      await supervisor.context.close();
    }
  });
});

describe('[INSPECTION][TRIGGER] complaints on the public portal trigger a task the department sees', () => {
  it('three complaints filed in the browser about one non-key item show one triggered task to 市场监管', async () => {
    const phone = await newPage(browser, { width: 390, height: 844 });
    const target = { uscc: '', name: '' };
    try {
      const officer = await as('officer');
      const list = await (await officer.page.request.get('/api/v1/entities?industryCode=H62&pageSize=10')).json();
      Object.assign(target, list.items[4]);
      await officer.context.close();
      for (const content of ['菜单未标价', '结账价格与标价不符', '收取未公示的服务费']) {
        await phone.page.goto('/public/complaints');
        await phone.page.getByTestId('complaint-uscc').fill(target.uscc);
        await phone.page.getByTestId('complaint-item').click();
        await phone.page.locator('.ant-select-item-option', { hasText: /明码标价情况/ }).click();
        await phone.page.getByTestId('complaint-content').fill(content);
        await phone.page.getByTestId('complaint-submit').click();
        await phone.page.getByTestId('complaint-done').waitFor();
      }
      await phone.page.goto('/public/complaints');
      const axe = await new AxeBuilder({ page: phone.page }).withTags(['wcag2a', 'wcag2aa']).analyze();
      expect(
        axe.violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
      ).toEqual([]);
    } finally {
      await phone.context.close();
    }
    const officer = await as('officer');
    try {
      await officer.page.getByTestId('menu-inspections').click();
      const card = officer.page.getByTestId('triggered-tasks');
      await card.waitFor();
      expect(await card.getByText(target.name).count()).toBe(1);
      await shot(officer.page, 'triggered-tasks');
    } finally {
      await officer.context.close();
    }
  });
});

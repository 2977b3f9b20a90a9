import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launch, login, newPage, PASSWORD, PHONE, seriousAxeViolations, settled, shanghaiDay, shot } from './helpers';
import { PUBLIC_PAGES } from './public-pages';

/**
 * Issue 14 item 3: axe (WCAG 2.0 A/AA) finds nothing serious or critical on any public page nor on any page of
 * the enterprise portal; and the enterprise's main flow — log in, open its case, receive the 告知书, choose
 * flexible enforcement, sign the 承诺书 — works with the keyboard alone (Tab, Shift+Tab, Enter, Space).
 */
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

async function axeClean(page: Page, where: string): Promise<string[]> {
  await settled(page);
  return (await seriousAxeViolations(page)).map((v) => `${where}: ${v}`);
}

/** Presses Tab until the focused element matches `selector` (at most `max` times); fails if it never does. */
async function tabTo(page: Page, selector: string, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

describe('[A11Y][PUBLIC] axe on every public and portal page; the enterprise flow by keyboard alone', () => {
  it('public pages (no login): 0 serious or critical', async () => {
    const { context, page } = await newPage(browser);
    const found: string[] = [];
    try {
      for (const path of PUBLIC_PAGES) {
        await page.goto(path);
        found.push(...(await axeClean(page, path)));
      }
      await page.goto('/public/credit');
      await settled(page);
      const entity = (await page.locator('main a[href^="/public/credit/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href'))))[0];
      if (entity) {
        await page.goto(entity);
        found.push(...(await axeClean(page, entity)));
      }
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });

  it('log in, open the case, receive the 告知书, choose and sign — keyboard only', async () => {
    // The officer's side (set-up, through the API): a case served electronically to the demo enterprise.
    const { context: oc, page: officer } = await newPage(browser);
    const { context, page } = await newPage(browser, PHONE, { acceptDownloads: true });
    try {
      await login(officer, 'officer');
      const { context: pc, page: probe } = await newPage(browser);
      await login(probe, 'enterprise');
      const uscc = (await apiCall(probe, 'GET', '/auth/me')).entityUscc as string;
      await apiCall(probe, 'POST', '/portal/delivery-consent', { consent: true });
      await pc.close();
      const entity = (await apiCall(officer, 'GET', `/entities?q=${uscc}`)).items[0] as { id: string };
      const kase = await apiCall(officer, 'POST', '/cases', {
        entityId: entity.id,
        facts: '键盘流程：经营场所未按规定公示营业执照',
        legalBasis: '《中华人民共和国市场主体登记管理条例》第三十六条',
      });
      await apiCall(officer, 'POST', `/cases/${kase.id}/notice`, {
        delivery: 'electronic',
        choiceDeadline: shanghaiDay(10),
        offered: '告知承诺',
      });

      // The enterprise, keyboard only from here.
      await page.goto('/login');
      await tabTo(page, 'input[id$="username"]');
      await page.keyboard.type('enterprise');
      await page.keyboard.press('Tab');
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press('Enter');
      await page.getByTestId('menu-profile').waitFor();
      await page.goto('/portal/cases');
      await settled(page);
      const card = page.getByTestId('my-case').filter({ hasText: kase.caseNo });
      await card.waitFor();
      await card.getByTestId('my-case-open').evaluate((b) => b.setAttribute('data-kbd-target', 'open'));
      await tabTo(page, '[data-kbd-target="open"]');
      await page.keyboard.press('Enter');
      await page.getByTestId('case-state').waitFor();
      await tabTo(page, '[data-testid="portal-receive"]');
      await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
      await expect.poll(() => page.getByTestId('portal-accept').isDisabled()).toBe(false);
      await tabTo(page, '[data-testid="portal-accept"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('case-state').textContent()).toBe('已选择柔性执法');

      await apiCall(officer, 'POST', `/cases/${kase.id}/measures`, {
        type: 'commitment',
        content: '在经营场所显著位置公示营业执照',
        deadline: shanghaiDay(20),
        delivery: 'electronic',
      });
      await page.reload();
      await page.getByTestId('portal-commitment-agree').waitFor();
      await tabTo(page, '[data-testid="portal-commitment-agree"] input, input[data-testid="portal-commitment-agree"]');
      await page.keyboard.press('Space');
      await tabTo(page, '[data-testid="portal-sign"]');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByTestId('portal-commitment').count()).toBe(0);
      await shot(page, 'portal-keyboard-signed');
      const signed = await apiCall(officer, 'GET', `/cases/${kase.id}`);
      expect(signed.measures[0].commitment.partySignedAt).not.toBeNull();
    } finally {
      await context.close();
      await oc.close();
    }
  });
  // After the keyboard flow: the enterprise then has at least that case to open, whatever ran before.
  it('the enterprise portal, every menu entry and its case: 0 serious or critical', async () => {
    const { context, page } = await newPage(browser, PHONE);
    const found: string[] = [];
    try {
      await login(page, 'enterprise');
      const menu = await page.locator('[data-testid="main-menu"] a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
      expect(menu).toContain('/portal/cases');
      for (const path of menu) {
        await page.goto(path);
        found.push(...(await axeClean(page, path)));
      }
      await page.goto('/portal/cases');
      await page.getByTestId('my-case-open').first().click();
      await page.getByTestId('case-state').waitFor();
      found.push(...(await axeClean(page, page.url())));
    } finally {
      await context.close();
    }
    expect(found).toEqual([]);
  });
});

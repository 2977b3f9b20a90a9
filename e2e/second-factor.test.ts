import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { totpCode } from '../packages/server/src/auth/totp';
import { apiCall, launch, login, newPage, PASSWORD, shot } from './helpers';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe('[AUTH][TOTP] staff login with a second factor (SECURITY.md, level 3)', () => {
  it('sets it up in 个人信息; then the password alone gets no session, and with the code it does', async () => {
    // An account of its own, so that no other browser test meets a second factor.
    const admin = await newPage(browser);
    await login(admin.page, 'admin');
    const depts = (await apiCall(admin.page, 'GET', '/departments')) as { id: string; name: string }[];
    const username = `totp${Date.now().toString(36)}`;
    await apiCall(admin.page, 'POST', '/users', {
      username,
      displayName: '孙审核',
      roles: ['reviewer'],
      regionCode: '430482',
      departmentId: depts.find((d) => d.name === '常宁市市场监督管理局')?.id,
      password: PASSWORD,
    });
    await admin.context.close();

    const first = await newPage(browser);
    await login(first.page, username);
    await first.page.goto('/profile');
    await first.page.getByTestId('second-factor-start').click();
    const secret = ((await first.page.getByTestId('second-factor-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await shot(first.page, 'totp-setup');
    await first.page.getByTestId('second-factor-code').fill(totpCode(secret, Date.now()));
    await first.page.getByTestId('second-factor-enable').click();
    await first.page.getByTestId('second-factor-on').waitFor();
    await first.context.close();

    // The password alone: the page asks for the code, and there is no session.
    const { context, page } = await newPage(browser);
    await page.goto('/login');
    await page.getByLabel('用户名').fill(username);
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('login-totp').waitFor();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toContain('动态验证码');
    expect((await context.cookies()).some((c) => c.name === 'rx_session')).toBe(false);
    expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
    await shot(page, 'totp-login');

    // With the code (the next step's: the one that enabled it has been used): a session.
    await page.getByTestId('login-totp').fill(totpCode(secret, Date.now() + 30_000));
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await page.getByTestId('menu-profile').waitFor({ timeout: 30_000 });
    expect((await context.cookies()).some((c) => c.name === 'rx_session')).toBe(true);
    expect(((await apiCall(page, 'GET', '/auth/me')) as { secondFactor: boolean }).secondFactor).toBe(true);
    await context.close();
  });

  it('when the security administrator requires it, a staff account without it gets no session but the set-up step; reset in the web', async () => {
    const sec = await newPage(browser);
    await login(sec.page, 'security');
    const admin = await newPage(browser);
    await login(admin.page, 'admin');
    const username = `enrol${Date.now().toString(36)}`;
    await apiCall(admin.page, 'POST', '/users', {
      username,
      displayName: '冯督导',
      roles: ['supervisor'],
      regionCode: '430482',
      password: PASSWORD,
    });
    await admin.context.close();
    try {
      await sec.page.goto('/security/policy');
      const toggle = sec.page.getByTestId('second-factor-required');
      await toggle.click();
      await expect.poll(() => toggle.getAttribute('aria-checked')).toBe('true');

      // The password alone: no session, the set-up step with the QR code instead.
      const { context, page } = await newPage(browser);
      await page.goto('/login');
      await page.getByLabel('用户名').fill(username);
      await page.getByLabel('密码').fill(PASSWORD);
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('login-enrol').waitFor();
      expect(await page.getByTestId('login-enrol').locator('img').getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      const secret = ((await page.getByTestId('login-enrol-secret').textContent()) ?? '').trim();
      expect(secret).toMatch(/^[A-Z2-7]{32}$/);
      expect((await context.cookies()).some((c) => c.name === 'rx_session')).toBe(false);
      expect((await page.request.get('/api/v1/auth/me')).status()).toBe(401);
      await shot(page, 'totp-enrol-at-login');

      // With the new factor's code: enabled, and a session.
      await page.getByTestId('login-totp').fill(totpCode(secret, Date.now()));
      await page.getByRole('button', { name: /登\s*录/ }).click();
      await page.getByTestId('menu-profile').waitFor({ timeout: 30_000 });
      expect((await context.cookies()).some((c) => c.name === 'rx_session')).toBe(true);
      expect(((await apiCall(page, 'GET', '/auth/me')) as { secondFactor: boolean }).secondFactor).toBe(true);
      await context.close();

      // The security administrator resets it (a lost phone) from the list.
      await sec.page.reload();
      const reset = sec.page.getByTestId(`second-factor-reset-${username}`);
      await reset.click();
      await sec.page.getByRole('button', { name: /确\s*定|OK/ }).click();
      await expect.poll(() => reset.count()).toBe(0);
      await shot(sec.page, 'totp-policy-reset', true);
      const accounts = (await apiCall(sec.page, 'GET', '/security/second-factor-accounts')) as { username: string; enabled: boolean }[];
      expect(accounts.find((a) => a.username === username)?.enabled).toBe(false);
    } finally {
      // Other browser files create staff accounts: the policy is switched off again.
      await apiCall(sec.page, 'PUT', '/security/second-factor-policy', { requireForStaff: false });
      await sec.context.close();
    }
  });
});

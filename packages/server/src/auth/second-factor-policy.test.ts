/**
 * The region's second-factor policy (SECURITY.md "Identity and sessions", 等保 level 3; decision 0024): once the
 * security administrator requires it, a staff account without an enabled factor gets no session but the set-up
 * step (its password proves it, a secret is shown), and the login with the new factor's code enables it and
 * opens the session. Enterprise and demo accounts are not held; only the security administrator sets it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DEMO_PASSWORD } from '../../test/constants';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import { totpCode } from './totp';

let env: TestEnv;
let security: string;
let admin: string;
beforeAll(async () => {
  env = await createTestEnv();
  security = await loginAs(env.app, 'security');
  admin = await loginAs(env.app, 'admin');
});
afterAll(async () => {
  await env.close();
});

const call = (cookie: string | null, method: 'GET' | 'PUT' | 'POST' | 'DELETE', url: string, payload?: object) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });
const login = (body: Record<string, string>) => call(null, 'POST', '/auth/login', body);

describe(`[AUTH][TOTP] staff must enrol the second factor when the region requires it (${dbKind()})`, () => {
  it('is set by the security administrator only, with an event', async () => {
    expect((await call(security, 'GET', '/security/second-factor-policy')).json()).toEqual({ requireForStaff: false });
    expect((await call(admin, 'PUT', '/security/second-factor-policy', { requireForStaff: true })).statusCode).toBe(403);
    const bad = await call(security, 'PUT', '/security/second-factor-policy', { requireForStaff: 'yes' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0].path).toBe('requireForStaff');
    const on = await call(security, 'PUT', '/security/second-factor-policy', { requireForStaff: true });
    expect(on.json()).toEqual({ requireForStaff: true });
    const events = await appRows(env, 'SELECT type, to_state AS "toState" FROM events WHERE type = \'security.second_factor_policy_set\'');
    expect(events).toEqual([{ type: 'security.second_factor_policy_set', toState: 'required' }]);
  });

  it('gives a staff account without the factor no session but the set-up step; its code enables it and opens the session', async () => {
    const created = await call(admin, 'POST', '/users', {
      username: 'policy_staff',
      displayName: '钱检查',
      roles: ['supervisor'],
      regionCode: '430482',
      password: TEST_DEMO_PASSWORD,
    });
    expect(created.statusCode, created.body).toBe(201);
    const creds = { username: 'policy_staff', password: TEST_DEMO_PASSWORD };
    const refused = await login(creds);
    expect(refused.statusCode).toBe(401);
    expect(refused.json().error.code).toBe('AUTH.SECOND_FACTOR_ENROL');
    expect(refused.cookies.some((c) => c.name === 'rx_session')).toBe(false);
    // The set-up step needs the password.
    expect((await call(null, 'POST', '/auth/second-factor/enrol', { ...creds, password: 'Wrong@20260' })).statusCode).toBe(401);
    const setup = await call(null, 'POST', '/auth/second-factor/enrol', creds);
    expect(setup.statusCode, setup.body).toBe(200);
    const { secret, qrDataUrl } = setup.json();
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // A wrong code: still no session.
    const wrong = await login({ ...creds, totp: totpCode(secret, env.clock.now.getTime()) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().error).toMatchObject({ code: 'AUTH.SECOND_FACTOR_ENROL', fields: [{ path: 'totp' }] });
    const ok = await login({ ...creds, totp: totpCode(secret, env.clock.now.getTime()) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().secondFactor).toBe(true);
    // From now on the factor binds like any enabled one.
    expect((await login(creds)).json().error.code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    const list = (await call(security, 'GET', '/security/second-factor-accounts')).json() as {
      username: string;
      enabled: boolean;
      id: string;
    }[];
    const row = list.find((a) => a.username === 'policy_staff');
    expect(row?.enabled).toBe(true);
    expect(list.some((a) => a.username === 'enterprise')).toBe(false);
    // The reset: set up again at the next login.
    expect((await call(security, 'DELETE', `/users/${row?.id}/second-factor`)).statusCode).toBe(204);
    expect((await login(creds)).json().error.code).toBe('AUTH.SECOND_FACTOR_ENROL');
  });

  it('holds neither the enterprise nor, in demo mode, the demo accounts; switched off, staff log in with the password', async () => {
    expect((await login({ username: 'enterprise', password: TEST_DEMO_PASSWORD })).statusCode).toBe(200);
    expect((await login({ username: 'officer', password: TEST_DEMO_PASSWORD })).statusCode).toBe(200);
    expect((await call(null, 'POST', '/auth/second-factor/enrol', { username: 'officer', password: TEST_DEMO_PASSWORD })).statusCode).toBe(
      409,
    );
    await call(security, 'PUT', '/security/second-factor-policy', { requireForStaff: false });
    const created = await call(admin, 'POST', '/users', {
      username: 'policy_staff2',
      displayName: '赵检查',
      roles: ['supervisor'],
      regionCode: '430482',
      password: TEST_DEMO_PASSWORD,
    });
    expect(created.statusCode).toBe(201);
    expect((await login({ username: 'policy_staff2', password: TEST_DEMO_PASSWORD })).statusCode).toBe(200);
  });
});

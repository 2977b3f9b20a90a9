import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DEMO_PASSWORD } from '../../test/constants';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import { totpCode } from './totp';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const login = (body: Record<string, string>) => env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: body });
const code = (secret: string) => totpCode(secret, env.clock.now.getTime());

describe(`[AUTH][TOTP] a second factor for staff (RFC 6238) (${dbKind()})`, () => {
  it('set up, proved, then required at every login: no code no session, a code once; reset by the security administrator', async () => {
    const cookie = await loginAs(env.app, 'officer3');
    const as = (c: string, method: 'POST' | 'DELETE', url: string, payload?: object) =>
      env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: c }, ...(payload ? { payload } : {}) });

    const setup = await as(cookie, 'POST', '/auth/second-factor/setup');
    expect(setup.statusCode, setup.body).toBe(201);
    const { secret, otpauthUri, qrDataUrl } = setup.json();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrDataUrl).toMatch(/^data:image\/png;base64,/);
    // The secret is kept encrypted, never as given.
    const stored = await appRows<{ s: string }>(env, 'SELECT secret_enc AS s FROM user_second_factors');
    expect(stored[0]?.s).not.toContain(secret);

    // Until proved it does not count.
    expect((await login({ username: 'officer3', password: TEST_DEMO_PASSWORD })).statusCode).toBe(200);
    const wrong = await as(cookie, 'POST', '/auth/second-factor/enable', { code: code(secret) === '000000' ? '111111' : '000000' });
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error).toMatchObject({ code: 'AUTH.SECOND_FACTOR_CODE_WRONG', fields: [{ path: 'code' }] });
    const enabled = await as(cookie, 'POST', '/auth/second-factor/enable', { code: code(secret) });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json().secondFactor).toBe(true);

    // The password alone: refused, no session cookie.
    env.clock.advance(30_000);
    const bare = await login({ username: 'officer3', password: TEST_DEMO_PASSWORD });
    expect(bare.statusCode).toBe(401);
    expect(bare.json().error.code).toBe('AUTH.SECOND_FACTOR_REQUIRED');
    expect(bare.headers['set-cookie']).toBeUndefined();
    // A wrong code: refused and counted.
    const bad = await login({ username: 'officer3', password: TEST_DEMO_PASSWORD, totp: code(secret) === '123456' ? '654321' : '123456' });
    expect(bad.statusCode).toBe(401);
    expect(bad.json().error.code).toBe('AUTH.SECOND_FACTOR_BAD');
    // With the current code: a session.
    const now = code(secret);
    const good = await login({ username: 'officer3', password: TEST_DEMO_PASSWORD, totp: now });
    expect(good.statusCode, good.body).toBe(200);
    expect(String(good.headers['set-cookie'])).toContain('rx_session=');
    // The same code again (someone who saw it): refused.
    expect((await login({ username: 'officer3', password: TEST_DEMO_PASSWORD, totp: now })).json().error.code).toBe(
      'AUTH.SECOND_FACTOR_BAD',
    );
    const audit = await appRows<{ reason: string }>(
      env,
      "SELECT details->>'reason' AS reason FROM audit_log WHERE action = 'auth.login_failed' AND details->>'username' = 'officer3' ORDER BY occurred_at, seq",
    );
    expect(audit.map((a) => a.reason)).toEqual(['second_factor_missing', 'second_factor_bad', 'second_factor_bad']);

    // A second set-up while enabled is refused; only the security administrator resets it.
    expect((await as(cookie, 'POST', '/auth/second-factor/setup')).statusCode).toBe(409);
    const officerId = enabled.json().id as string;
    expect((await as(await loginAs(env.app, 'admin'), 'DELETE', `/users/${officerId}/second-factor`)).statusCode).toBe(403);
    const reset = await as(await loginAs(env.app, 'security'), 'DELETE', `/users/${officerId}/second-factor`);
    expect(reset.statusCode, reset.body).toBe(204);
    expect((await login({ username: 'officer3', password: TEST_DEMO_PASSWORD })).statusCode).toBe(200);
    const events = await appRows<{ type: string }>(env, 'SELECT type FROM events WHERE aggregate_id = $1 ORDER BY occurred_at, seq', [
      officerId,
    ]);
    expect(events.map((e) => e.type).filter((t) => t.startsWith('user.second_factor'))).toEqual([
      'user.second_factor_set_up',
      'user.second_factor_enabled',
      'user.second_factor_reset',
    ]);
  });
});

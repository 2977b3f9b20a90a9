import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

const login = (username: string, password: string) =>
  env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });

describe(`[AUTH] login, sessions, lock-out (${dbKind()})`, () => {
  it('logs in with a session cookie that is HttpOnly, SameSite=Strict and signed', async () => {
    const r = await login('officer', 'Rouxing@2026');
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({
      username: 'officer',
      roles: ['officer'],
      departmentName: '常宁市市场监督管理局',
      certificateNo: '43048224001',
      demo: true,
    });
    const cookie = r.cookies.find((c) => c.name === 'rx_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Strict');
    const me = await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: `rx_session=${cookie?.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().permissions).toContain('entity.import');
    const session = await appRows<{ id: string }>(env, 'SELECT id FROM sessions');
    // The database keeps a hash of the token, never the token.
    expect(session.map((s) => s.id)).not.toContain(cookie?.value.split('.')[1]);
  });

  it('refuses bad credentials with 401 and a Chinese message, and audits the failure', async () => {
    const r = await login('officer2', 'wrong-password');
    expect(r.statusCode).toBe(401);
    expect(r.json().error.message).toContain('用户名或密码错误');
    const unknown = await login('nobody', 'whatever');
    expect(unknown.statusCode).toBe(401);
    const audit = await appRows<{ action: string; result: string }>(
      env,
      "SELECT action, result FROM audit_log WHERE action = 'auth.login_failed' AND details->>'username' IN ('officer2', 'nobody')",
    );
    expect(audit).toHaveLength(2);
  });

  it('answers 422 with field paths for a malformed body, never 500', async () => {
    const r = await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: '' } });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['username', 'password']));
    const notJson = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().error.message).toContain('JSON');
  });

  it('answers a wrong password for a known user exactly as for an unknown one, lock-out included (issue 14, defect 8)', async () => {
    const strip = (r: { statusCode: number; json(): { error: { code: string; message: string } } }) => ({
      status: r.statusCode,
      code: r.json().error.code,
      message: r.json().error.message.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2}/, 'T'),
    });
    for (let i = 1; i <= 5; i++) {
      const known = strip(await login('officer4', `wrong-${i}`));
      const unknown = strip(await login('no-such-user', `wrong-${i}`));
      expect(unknown).toEqual(known);
      expect(known.status).toBe(i < 5 ? 401 : 423);
      expect(known.message).not.toMatch(/再失败/);
    }
    expect(strip(await login('no-such-user', 'x'))).toEqual(strip(await login('officer4', 'x')));
    env.clock.advance(16 * 60_000);
    expect((await login('officer4', 'Rouxing@2026')).statusCode).toBe(200);
  });

  it('locks the account after 5 failures (423, even with the right password) and unlocks after 15 minutes', async () => {
    for (let i = 1; i <= 4; i++) {
      const r = await login('officer3', 'bad-password');
      expect(r.statusCode).toBe(401);
    }
    const fifth = await login('officer3', 'bad-password');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().error.message).toContain('已锁定');
    const right = await login('officer3', 'Rouxing@2026');
    expect(right.statusCode).toBe(423);
    env.clock.advance(14 * 60_000);
    expect((await login('officer3', 'Rouxing@2026')).statusCode).toBe(423);
    env.clock.advance(61_000);
    expect((await login('officer3', 'Rouxing@2026')).statusCode).toBe(200);
  });

  it('expires a session after 30 idle minutes and revokes it on logout', async () => {
    const cookie = await loginAs(env.app, 'reviewer');
    const me = () => env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    env.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    env.clock.advance(29 * 60_000);
    expect((await me()).statusCode).toBe(200);
    env.clock.advance(31 * 60_000);
    const expired = await me();
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.message).toContain('重新登录');

    const second = await loginAs(env.app, 'reviewer');
    const out = await env.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: second } });
    expect(out.statusCode).toBe(204);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: second } })).statusCode).toBe(401);
  });

  it('ends a session 12 hours after login however active it is', async () => {
    const cookie = await loginAs(env.app, 'officer3');
    const me = () => env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } });
    // Active every 25 minutes: never idle for 30, yet the session ends at 12 hours.
    for (let minutes = 25; minutes < 12 * 60; minutes += 25) {
      env.clock.advance(25 * 60_000);
      expect((await me()).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    env.clock.advance(25 * 60_000);
    const ended = await me();
    expect(ended.statusCode).toBe(401);
    expect(ended.json().error.message).toContain('重新登录');
  });

  it('ignores a forged or unsigned cookie', async () => {
    const r = await env.app.inject({
      method: 'GET',
      url: '/api/v1/auth/me',
      headers: { cookie: 'rx_session=430482.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    });
    expect(r.statusCode).toBe(401);
  });
});

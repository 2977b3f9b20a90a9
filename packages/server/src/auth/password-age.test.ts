/**
 * SECURITY.md "Identity and sessions": a password older than 90 days must be changed before anything else.
 * The account still signs in, learns that it must change the password (`passwordExpired`), and every other
 * request is refused 403 AUTH.PASSWORD_EXPIRED until it does. Demo accounts (demo mode only) are exempt.
 * Outside demo mode the session cookie is Secure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

let env: TestEnv;
beforeAll(async () => {
  env = await createTestEnv();
});
afterAll(async () => {
  await env.close();
});

describe(`[AUTH] password maximum age (${dbKind()})`, () => {
  it('forces a change after 90 days, then lets the account work again', async () => {
    const admin = await loginAs(env.app, 'admin');
    const created = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: 'auditor90', displayName: '审计员九十', roles: ['auditor'], regionCode: '430482', password: 'Initial@2026x' },
    });
    expect(created.statusCode, created.body).toBe(201);
    const fresh = await loginAs(env.app, 'auditor90', 'Initial@2026x');
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/audit-log', headers: { cookie: fresh } })).statusCode).toBe(200);

    env.clock.advance(91 * 86_400_000);
    const login = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'auditor90', password: 'Initial@2026x' },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().passwordExpired).toBe(true);
    const cookie = `rx_session=${login.cookies.find((c) => c.name === 'rx_session')?.value}`;
    const refused = await env.app.inject({ method: 'GET', url: '/api/v1/audit-log', headers: { cookie } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('AUTH.PASSWORD_EXPIRED');
    expect(refused.json().error.message).toContain('90天');
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).json().passwordExpired).toBe(true);

    const changed = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password',
      headers: { cookie },
      payload: { currentPassword: 'Initial@2026x', newPassword: 'Changed@2026y' },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    const again = await loginAs(env.app, 'auditor90', 'Changed@2026y');
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/audit-log', headers: { cookie: again } })).statusCode).toBe(200);

    // The demo accounts of demo mode are exempt (their password is published anyway).
    const officer = await loginAs(env.app, 'officer');
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: officer } })).json().passwordExpired).toBe(
      false,
    );
  });
});

describe(`[AUTH] the session cookie outside demo mode (${dbKind()})`, () => {
  it('is Secure in production mode and not in demo mode', async () => {
    const demo = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'officer', password: 'Rouxing@2026' },
    });
    expect(demo.cookies.find((c) => c.name === 'rx_session')?.secure).toBeFalsy();
    env.ctx.config.mode = 'production';
    try {
      const prod = await env.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username: 'officer', password: 'Rouxing@2026' },
      });
      expect(prod.cookies.find((c) => c.name === 'rx_session')?.secure).toBe(true);
    } finally {
      env.ctx.config.mode = 'demo';
    }
  });
});

/**
 * The lock-out binds the account AND the source address (SECURITY.md "Identity and sessions"; GB/T 22239-2019
 * §8.1.4.1 登录失败处理): 5 failures from one address lock the account from that address for 15 minutes, and its
 * owner still logs in from another; an unknown username is answered the same way; the administrator's unlock
 * lifts every address's lock.
 */
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

const login = (username: string, password: string, remoteAddress: string) =>
  env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress });

describe(`[AUTH] lock-out per account and source address (${dbKind()})`, () => {
  it('locks officer2 from the attacking address only: the owner logs in from elsewhere', async () => {
    for (let i = 1; i <= 5; i++) {
      expect((await login('officer2', `wrong-${i}`, '203.0.113.7')).statusCode).toBe(i < 5 ? 401 : 423);
    }
    const fromAttacker = await login('officer2', 'Rouxing@2026', '203.0.113.7');
    expect(fromAttacker.statusCode).toBe(423);
    expect(fromAttacker.json().error.message).toContain('已锁定');
    expect((await login('officer2', 'Rouxing@2026', '198.51.100.20')).statusCode).toBe(200);
    // The owner's success elsewhere does not lift the attacker's lock.
    expect((await login('officer2', 'Rouxing@2026', '203.0.113.7')).statusCode).toBe(423);
    const rows = await appRows<{ source: string; locked: boolean }>(
      env,
      `SELECT l.source, l.locked_until IS NOT NULL AS locked FROM login_lockouts l JOIN users u ON u.id = l.user_id WHERE u.username = 'officer2'`,
    );
    expect(rows).toEqual([{ source: '203.0.113.7', locked: true }]);
  });

  it('answers an unknown username the same way: locked from the attacking address, not from another', async () => {
    const strip = (r: { statusCode: number; json(): { error: { code: string } } }) => `${r.statusCode} ${r.json().error.code}`;
    for (let i = 1; i <= 5; i++) {
      expect(strip(await login('no-such-user-2', `wrong-${i}`, '203.0.113.8'))).toBe(
        strip(await login('officer5', `wrong-${i}`, '203.0.113.8')),
      );
    }
    expect(strip(await login('no-such-user-2', 'x', '203.0.113.8'))).toBe('423 AUTH.LOCKED');
    expect(strip(await login('officer5', 'x', '203.0.113.8'))).toBe('423 AUTH.LOCKED');
    expect(strip(await login('no-such-user-2', 'x', '198.51.100.21'))).toBe('401 AUTH.BAD_CREDENTIALS');
    expect(strip(await login('officer5', 'x', '198.51.100.21'))).toBe('401 AUTH.BAD_CREDENTIALS');
  });

  it("lifts every address's lock when the administrator unlocks the account", async () => {
    for (let i = 1; i <= 5; i++) {
      await login('officer6', `wrong-${i}`, '203.0.113.9');
    }
    expect((await login('officer6', 'Rouxing@2026', '203.0.113.9')).statusCode).toBe(423);
    const admin = await loginAs(env.app, 'admin');
    const users = await env.app.inject({ method: 'GET', url: '/api/v1/users?q=officer6', headers: { cookie: admin } });
    const officer6 = users.json().items.find((u: { username: string }) => u.username === 'officer6');
    expect(officer6.lockedUntil).toBeTruthy();
    const unlock = await env.app.inject({ method: 'POST', url: `/api/v1/users/${officer6.id}/unlock`, headers: { cookie: admin } });
    expect(unlock.statusCode).toBeLessThan(300);
    expect((await login('officer6', 'Rouxing@2026', '203.0.113.9')).statusCode).toBe(200);
  });
});

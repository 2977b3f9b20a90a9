import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
let admin: string;
beforeAll(async () => {
  env = await createTestEnv();
  admin = await loginAs(env.app, 'admin');
});
afterAll(async () => {
  await env.close();
});

const users = async (q: string) =>
  (await env.app.inject({ method: 'GET', url: `/api/v1/users?q=${q}`, headers: { cookie: admin } })).json().items as {
    id: string;
    username: string;
    displayName: string;
    roles: string[];
    departmentId: string | null;
    certificateNo: string | null;
  }[];

describe(`[AUTH][USERS] account administration and one's own password (${dbKind()})`, () => {
  it('refuses to let the administrator stop or demote its own account: USER.SELF_LOCKOUT', async () => {
    const me = (await users('admin')).find((u) => u.username === 'admin');
    const r = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${me?.id}`,
      headers: { cookie: admin },
      payload: { displayName: '系统管理员', roles: ['admin'], departmentId: me?.departmentId, certificateNo: null, active: false },
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'USER.SELF_LOCKOUT', fields: [{ path: 'roles' }] });
  });

  it('refuses an account in another region: USER.OUT_OF_REGION', async () => {
    const r = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: admin },
      payload: { username: 'elsewhere', displayName: '外地', roles: ['supervisor'], regionCode: '430481', password: 'Abcdefg12345!' },
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'USER.OUT_OF_REGION', fields: [{ path: 'regionCode' }] });
  });

  it('stops an account, which ends its sessions, with an event and an audit row', async () => {
    const officer5 = await loginAs(env.app, 'officer5');
    const target = (await users('officer5'))[0];
    const r = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${target?.id}`,
      headers: { cookie: admin },
      payload: { ...target, id: undefined, username: undefined, active: false },
    });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toMatchObject({ username: 'officer5', active: false });
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: officer5 } })).statusCode).toBe(401);
    const audit = await appRows(env, "SELECT action FROM audit_log WHERE object_id = $1 AND action = 'user.update'", [target?.id]);
    expect(audit).toEqual([{ action: 'user.update' }]);
  });

  it('refuses a new password equal to the current one (USER.PASSWORD_REUSED), then changes it', async () => {
    const cookie = await loginAs(env.app, 'officer6');
    const change = (currentPassword: string, newPassword: string) =>
      env.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: { cookie }, payload: { currentPassword, newPassword } });
    const same = await change('Rouxing@2026', 'Rouxing@2026');
    expect(same.statusCode).toBe(422);
    expect(same.json().error).toMatchObject({ code: 'USER.PASSWORD_REUSED', fields: [{ path: 'newPassword' }] });
    const wrong = await change('not-the-password', 'Officer6#2026x');
    expect(wrong.json().error).toMatchObject({ code: 'VALIDATION', fields: [{ path: 'currentPassword' }] });
    expect((await change('Rouxing@2026', 'Officer6#2026x')).statusCode).toBe(204);
    await loginAs(env.app, 'officer6', 'Officer6#2026x');
  });

  it('unlocks a locked account before the lock-out runs out, with an event on the account', async () => {
    for (let i = 0; i < 5; i++) {
      await env.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'officer2', password: 'bad-password' } });
    }
    const locked = await env.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'officer2', password: 'Rouxing@2026' },
    });
    expect(locked.statusCode).toBe(423);
    const target = (await users('officer2'))[0];
    const r = await env.app.inject({ method: 'POST', url: `/api/v1/users/${target?.id}/unlock`, headers: { cookie: admin } });
    expect(r.statusCode).toBe(204);
    await loginAs(env.app, 'officer2');
    const events = await appRows(env, "SELECT type FROM events WHERE aggregate_type = 'user' AND aggregate_id = $1", [target?.id]);
    expect(events).toEqual([{ type: 'user.unlock' }]);
  });

  it('logs out: the session is revoked and the logout audited', async () => {
    const cookie = await loginAs(env.app, 'officer4');
    expect((await env.app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie } })).statusCode).toBe(204);
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie } })).statusCode).toBe(401);
    const audit = await appRows(env, "SELECT actor_name FROM audit_log WHERE action = 'auth.logout'");
    expect(audit).toEqual([{ actor_name: '赵敏' }]);
  });
});

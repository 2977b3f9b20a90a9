/**
 * One signed-in account per role of `ROLES` (packages/contracts): the demo accounts where the seed has one,
 * and accounts the system administrator creates through the API for the roles it has none of (监督 oversight).
 * The matrix and fuzz suites (src/security/) use them.
 */
import { ROLES, type Role } from '@rouxing/contracts';
import { TEST_DEMO_PASSWORD } from './constants';
import { loginAs, type TestEnv } from './harness';

/** The demo account of each role; `null`: the seed has none, one is created. */
const DEMO_ACCOUNT: Record<Role, string | null> = {
  admin: 'admin',
  security: 'security',
  auditor: 'auditor',
  officer: 'officer',
  reviewer: 'reviewer',
  supervisor: 'supervisor',
  oversight: null,
  enterprise: 'enterprise',
};

/** Logs in one account per role; returns each role's Cookie header. */
export async function roleCookies(env: TestEnv): Promise<Record<Role, string>> {
  const admin = await loginAs(env.app, 'admin');
  const out = {} as Record<Role, string>;
  for (const role of ROLES) {
    let username = DEMO_ACCOUNT[role];
    if (!username) {
      username = `matrix_${role}`;
      const r = await env.app.inject({
        method: 'POST',
        url: '/api/v1/users',
        headers: { cookie: admin },
        payload: {
          username,
          displayName: `${role}账号`,
          roles: [role],
          regionCode: env.ctx.config.regionCode,
          password: TEST_DEMO_PASSWORD,
        },
      });
      if (r.statusCode !== 201 && r.statusCode !== 200) {
        throw new Error(`create ${username}: ${r.statusCode} ${r.body}`);
      }
    }
    out[role] = role === 'admin' ? admin : await loginAs(env.app, username);
  }
  return out;
}

/**
 * The access matrix (issue 13; SECURITY.md "Access control", GB/T 22239-2019 §8.1.4.2): every route Fastify
 * registered × every role of contracts' `ROLES` × no session. Each answer is what the route's line in
 * http/route-access.ts says, read against the roles' permissions (`ROLE_PERMISSIONS`): no session → 401 (a
 * public route: never 401), without the permission → 403, with it → neither 401 nor 403; never a 500. A
 * route without a line fails. And a department's record fetched by another department's officer is 404.
 */
import { ROLES, type Role } from '@rouxing/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { PERSON_START } from '../../test/party-steps';
import { roleCookies } from '../../test/role-accounts';
import { roleMay, samplePath } from '../../test/route-roles';
import { registeredApiRoutes } from '../http/access-hook';
import { ROUTE_ACCESS, type RouteAccess, routeAccess } from '../http/route-access';

let env: TestEnv;
let cookies: Record<Role, string>;

beforeAll(async () => {
  env = await createTestEnv();
  cookies = await roleCookies(env);
});
afterAll(async () => {
  await env.close();
});

/** What is wrong with one answer, or null. */
function problem(access: RouteAccess, who: Role | null, status: number): string | null {
  if (status >= 500) {
    return `${status}（服务器错误）`;
  }
  if (who === null) {
    return access === 'public' ? (status === 401 ? '公开接口要求登录' : null) : status === 401 ? null : `未登录得到 ${status}，应为 401`;
  }
  if (status === 401) {
    return '已登录仍得到 401';
  }
  if (!roleMay(access, who)) {
    return status === 403 ? null : `无权限得到 ${status}，应为 403`;
  }
  return status === 403 && access !== 'session' ? '有权限仍得到 403' : null;
}

describe(`[AUTH][MATRIX] every route × every role (${dbKind()})`, () => {
  it('has an access line for every registered route, and no line for a route that does not exist', () => {
    const registered = registeredApiRoutes(env.app).map((r) => `${r.method} ${r.path}`);
    expect(registered.length).toBeGreaterThan(200);
    expect(registered.filter((k) => !(k in ROUTE_ACCESS))).toEqual([]);
    expect(Object.keys(ROUTE_ACCESS).filter((k) => !registered.includes(k))).toEqual([]);
  });

  it('answers every route as its line says, for no session and for each role; never 500', async () => {
    const failures: string[] = [];
    for (const { method, path } of registeredApiRoutes(env.app)) {
      const access = routeAccess(method, path) ?? 'session';
      for (const who of [null, ...ROLES] as (Role | null)[]) {
        // Logging out ends the session: it gets a session of its own.
        const cookie = who === null ? undefined : path === '/auth/logout' ? await freshCookie(who) : cookies[who];
        const res = await env.app.inject({
          method: method as 'GET',
          url: samplePath(path),
          headers: cookie ? { cookie } : {},
          ...(method === 'GET' || method === 'DELETE' ? {} : { payload: {} }),
        });
        const p = problem(access, who, res.statusCode);
        if (p) {
          failures.push(`${method} ${path} [${who ?? '未登录'}]: ${p} — ${res.body.slice(0, 120)}`);
        }
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it("answers 404 for another department's case and import job, the case's own officer 200", async () => {
    const officer3 = await loginAs(env.app, 'officer3');
    const started = await env.app.inject({
      method: 'POST',
      url: '/api/v1/cases',
      headers: { cookie: officer3 },
      payload: { ...PERSON_START, person: { name: '李四', idNumber: '430482199001011236', phone: '13812345678' } },
    });
    expect(started.statusCode, started.body).toBe(201);
    const caseId = started.json().id as string;
    const up = multipartBody(
      'a.csv',
      Buffer.from('统一社会信用代码,名称,主体类型,法定代表人,行业代码,住所,行政区划代码\n'),
      {},
      'text/csv',
    );
    const job = await env.app.inject({
      method: 'POST',
      url: '/api/v1/entity-imports',
      headers: { cookie: officer3, 'content-type': up.contentType },
      payload: up.payload,
    });
    expect(job.statusCode, job.body).toBe(202);
    for (const url of [`/api/v1/cases/${caseId}`, `/api/v1/cases/${caseId}/archive.zip`, `/api/v1/entity-imports/${job.json().id}`]) {
      expect((await env.app.inject({ method: 'GET', url, headers: { cookie: cookies.officer } })).statusCode, url).toBe(404);
      expect((await env.app.inject({ method: 'GET', url, headers: { cookie: cookies.reviewer } })).statusCode, url).toBe(404);
    }
    const own = await env.app.inject({ method: 'GET', url: `/api/v1/cases/${caseId}`, headers: { cookie: officer3 } });
    expect(own.statusCode).toBe(200);
  });
});

async function freshCookie(role: Role): Promise<string> {
  const username = {
    admin: 'admin',
    security: 'security',
    auditor: 'auditor',
    officer: 'officer',
    reviewer: 'reviewer',
    supervisor: 'supervisor',
    oversight: 'matrix_oversight',
    enterprise: 'enterprise',
  }[role];
  return loginAs(env.app, username);
}

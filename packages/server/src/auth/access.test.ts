import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import { newId } from '../records/ids';

let env: TestEnv;
const cookies: Record<string, string> = {};
let otherRegionEntityId: string;
let ownEntityId: string;
let anotherEntityId: string;

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['admin', 'security', 'auditor', 'officer', 'officer3', 'supervisor', 'enterprise', 'reviewer']) {
    cookies[u] = await loginAs(env.app, u);
  }
  // An entity of another county (耒阳市 430481), written directly: no user of 常宁市 may see it.
  otherRegionEntityId = newId();
  await env.superQuery(
    `INSERT INTO entities (region_code, id, uscc, name, entity_type, legal_representative, industry_code, address, search_text, search_grams)
     VALUES ('430481', $1, '91430481MA4L00000X', '耒阳市某餐饮有限公司', 'enterprise', '某人', 'H62', '耒阳市', '耒阳市某餐饮有限公司', '{}')`,
    [otherRegionEntityId],
  );
  const me = await env.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: cookies.enterprise } });
  ownEntityId = me.json().entityId;
  const others = await appRows<{ id: string }>(env, "SELECT id FROM entities WHERE region_code = '430482' AND id <> $1 LIMIT 1", [
    ownEntityId,
  ]);
  anotherEntityId = others[0]?.id as string;
});
afterAll(async () => {
  await env.close();
});

const get = (who: string, url: string) => env.app.inject({ method: 'GET', url, headers: { cookie: cookies[who] as string } });

describe(`[AUTH][SCOPE] roles and data scope enforced on the server (${dbKind()})`, () => {
  it('answers 401 without a session', async () => {
    expect((await env.app.inject({ method: 'GET', url: '/api/v1/entities' })).statusCode).toBe(401);
  });

  it("answers 404 for another region's entity, for officers and the Judicial Bureau alike", async () => {
    expect((await get('officer', `/api/v1/entities/${otherRegionEntityId}`)).statusCode).toBe(404);
    expect((await get('supervisor', `/api/v1/entities/${otherRegionEntityId}`)).statusCode).toBe(404);
    expect(
      (await get('officer', `/api/v1/entities/${otherRegionEntityId}/personal-data?reason=${encodeURIComponent('核对身份信息')}`))
        .statusCode,
    ).toBe(404);
    const list = await get('officer', '/api/v1/entities?regionCode=430481');
    expect(list.json().total).toBe(0);
    const search = await get('officer', `/api/v1/entities?q=${encodeURIComponent('耒阳市某餐饮')}`);
    expect(search.json().total).toBe(0);
  });

  it('lets an enterprise read only its own entity', async () => {
    expect(ownEntityId).toBeTruthy();
    expect((await get('enterprise', `/api/v1/entities/${ownEntityId}`)).statusCode).toBe(200);
    expect((await get('enterprise', `/api/v1/entities/${anotherEntityId}`)).statusCode).toBe(404);
    expect((await get('enterprise', '/api/v1/entities')).statusCode).toBe(403);
  });

  it("hides one department's restricted records (import jobs) from another department: 404; the Judicial Bureau sees them", async () => {
    const csv = '统一社会信用代码,名称,主体类型,法定代表人,行业代码,住所,行政区划代码\n';
    const boundary = '----rx';
    const payload = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\nContent-Type: text/csv\r\n\r\n${csv}\r\n--${boundary}--\r\n`;
    const up = await env.app.inject({
      method: 'POST',
      url: '/api/v1/entity-imports',
      headers: { cookie: cookies.officer as string, 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload,
    });
    expect(up.statusCode).toBe(202);
    const jobId = up.json().id;
    expect((await get('officer', `/api/v1/entity-imports/${jobId}`)).statusCode).toBe(200);
    expect((await get('reviewer', `/api/v1/entity-imports/${jobId}`)).statusCode).toBe(200);
    expect((await get('officer3', `/api/v1/entity-imports/${jobId}`)).statusCode).toBe(404);
    expect((await get('officer3', `/api/v1/entity-imports/${jobId}/errors.xlsx`)).statusCode).toBe(404);
    expect((await get('supervisor', `/api/v1/entity-imports/${jobId}`)).statusCode).toBe(200);
    const list = await get('officer3', '/api/v1/entity-imports');
    expect(list.json().items.map((j: { id: string }) => j.id)).not.toContain(jobId);
  });

  it('keeps the three administrator powers separate', async () => {
    // The system administrator manages users but cannot read the audit log.
    expect((await get('admin', '/api/v1/users')).statusCode).toBe(200);
    expect((await get('admin', '/api/v1/audit-log')).statusCode).toBe(403);
    expect((await get('admin', '/api/v1/security/roles')).statusCode).toBe(403);
    // The auditor reads the audit log and cannot change users.
    expect((await get('auditor', '/api/v1/audit-log')).statusCode).toBe(200);
    expect((await get('auditor', '/api/v1/users')).statusCode).toBe(403);
    const users = await get('admin', '/api/v1/users?q=officer2');
    const officer2 = users.json().items[0];
    const change = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/users/${officer2.id}`,
      headers: { cookie: cookies.auditor as string },
      payload: { displayName: 'x', roles: ['auditor'], departmentId: null, certificateNo: null, active: true },
    });
    expect(change.statusCode).toBe(403);
    // The security administrator reads roles and policy, neither users nor the audit log.
    expect((await get('security', '/api/v1/security/roles')).statusCode).toBe(200);
    expect((await get('security', '/api/v1/security/policy')).json()).toMatchObject({
      lockoutThreshold: 5,
      lockoutMinutes: 15,
      sessionIdleMinutes: 30,
    });
    expect((await get('security', '/api/v1/users')).statusCode).toBe(403);
    expect((await get('security', '/api/v1/audit-log')).statusCode).toBe(403);
    // Nobody may be given two administrator powers.
    const depts = (await get('admin', '/api/v1/departments')).json();
    const both = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: cookies.admin as string },
      payload: {
        username: 'superman',
        displayName: '全能',
        roles: ['admin', 'auditor'],
        regionCode: '430482',
        departmentId: depts[0].id,
        password: 'Abcdefg12345!',
      },
    });
    expect(both.statusCode).toBe(422);
    expect(both.json().error.code).toBe('USER.ROLE_CONFLICT');
    expect(both.json().error.fields[0]).toMatchObject({ path: 'roles' });
  });

  it('the auditor sees logins and changes in the audit log', async () => {
    const r = await get('auditor', '/api/v1/audit-log?action=auth.login&pageSize=100');
    expect(r.statusCode).toBe(200);
    const actors = r.json().items.map((a: { actorName: string }) => a.actorName);
    expect(actors).toEqual(expect.arrayContaining(['张伟', '系统管理员']));
  });

  it('lets the administrator create an officer who can then log in', async () => {
    const depts = (await get('admin', '/api/v1/departments')).json() as { id: string; name: string }[];
    const scjg = depts.find((d) => d.name === '常宁市市场监督管理局');
    const weak = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: cookies.admin as string },
      payload: {
        username: 'zhaolei',
        displayName: '赵磊',
        roles: ['officer'],
        regionCode: '430482',
        departmentId: scjg?.id,
        certificateNo: '43048224009',
        password: 'short',
      },
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().error.fields[0].path).toBe('password');
    const ok = await env.app.inject({
      method: 'POST',
      url: '/api/v1/users',
      headers: { cookie: cookies.admin as string },
      payload: {
        username: 'zhaolei',
        displayName: '赵磊',
        roles: ['officer'],
        regionCode: '430482',
        departmentId: scjg?.id,
        certificateNo: '43048224009',
        certificateExpiresOn: '2029-06-30',
        password: 'Zhaolei#2026x',
      },
    });
    expect(ok.statusCode).toBe(201);
    await loginAs(env.app, 'zhaolei', 'Zhaolei#2026x');
    const ev = await appRows(env, "SELECT type FROM events WHERE aggregate_type = 'user' AND aggregate_id = $1", [ok.json().id]);
    expect(ev).toEqual([{ type: 'user.create' }]);
  });
});

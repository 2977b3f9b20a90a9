import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { acceptedPersonCase } from '../../test/party-steps';
import { appRows } from '../../test/sql';

let env: TestEnv;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['admin', 'officer', 'officer3', 'reviewer']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

const dept = { name: '常宁市林业局', regionCode: '430482', kind: 'enforcement', docPrefix: '常林业' };

describe(`[SETUP][DEPARTMENTS] the administrator sets up departments (${dbKind()})`, () => {
  it('creates a department with a generated code, an event and an audit row; only the administrator may', async () => {
    expect((await as('officer', 'POST', '/departments', dept)).statusCode).toBe(403);
    const r = await as('admin', 'POST', '/departments', dept);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ ...dept, code: 'D001' });
    const audit = await appRows(env, "SELECT action FROM audit_log WHERE object_id = $1 AND action = 'department.create'", [r.json().id]);
    expect(audit).toHaveLength(1);
    const list = (await as('officer', 'GET', '/departments')).json() as { name: string; kind: string }[];
    expect(list).toContainEqual(expect.objectContaining({ name: dept.name, kind: 'enforcement' }));
  });

  it('refuses a second department of the same name in the region (409, field name)', async () => {
    const r = await as('admin', 'POST', '/departments', { ...dept, kind: 'other' });
    expect(r.statusCode).toBe(409);
    expect(r.json().error).toMatchObject({ code: 'CONFLICT.DUPLICATE', fields: [{ path: 'name', message: '部门名称已存在' }] });
  });

  it('answers 422 in Chinese naming the field: kind, region of another county, a code not in GB/T 2260', async () => {
    const kind = await as('admin', 'POST', '/departments', { ...dept, name: '某局', kind: 'police' });
    expect(kind.statusCode).toBe(422);
    expect(kind.json().error.fields).toEqual([{ path: 'kind', message: '部门类型应为执法部门、司法局、数据局或其他' }]);
    const other = await as('admin', 'POST', '/departments', { ...dept, name: '某局', regionCode: '430481' });
    expect(other.json().error).toMatchObject({ code: 'DEPARTMENT.OUT_OF_REGION', fields: [{ path: 'regionCode' }] });
    const unknown = await as('admin', 'POST', '/departments', { ...dept, name: '某局', regionCode: '999999' });
    expect(unknown.json().error).toMatchObject({ code: 'DEPARTMENT.UNKNOWN_REGION', fields: [{ path: 'regionCode' }] });
  });

  it('edits a department: its name, kind and 机关代字, with the change on record', async () => {
    const id = ((await as('admin', 'GET', '/departments')).json() as { id: string; name: string }[]).find((d) => d.name === dept.name)?.id;
    const r = await as('admin', 'PUT', `/departments/${id}`, { ...dept, name: '常宁市林业局（林长办）', docPrefix: '常林' });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ name: '常宁市林业局（林长办）', docPrefix: '常林', code: 'D001' });
    const events = await appRows(env, 'SELECT type FROM events WHERE aggregate_id = $1 ORDER BY seq', [id]);
    expect(events.map((e) => e.type)).toEqual(['department.create', 'department.update']);
  });
});

describe(`[SETUP][DEPARTMENT_PHONE] a department's 联系电话 on its documents and public pages (issue 14 defect 12, ${dbKind()})`, () => {
  const depts = async () => (await as('admin', 'GET', '/departments')).json() as { id: string; name: string; contactPhone: string }[];

  it('refuses a phone with letters (422 naming contactPhone) and writes nothing', async () => {
    const jt = (await depts()).find((d) => d.name === '常宁市交通运输局');
    const body = { name: '常宁市交通运输局', regionCode: '430482', kind: 'enforcement', docPrefix: '常交' };
    const bad = await as('admin', 'PUT', `/departments/${jt?.id}`, { ...body, contactPhone: '0734-72abc' });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields).toEqual([
      { path: 'contactPhone', message: '联系电话只能包含数字、空格、“-”“+”和括号，例如 0734-7221234' },
    ]);
    expect((await depts()).find((d) => d.id === jt?.id)?.contactPhone).toBe(jt?.contactPhone);
    const ok = await as('admin', 'PUT', `/departments/${jt?.id}`, { ...body, contactPhone: '0734-7225678' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().contactPhone).toBe('0734-7225678');
  });

  it('prints it in the 联系人及电话 line of the 告知书 and lists it with the published 公益抵罚 rules', async () => {
    const id = await acceptedPersonCase(as, 'officer3', '430482199001011236');
    const view = (await as('officer3', 'GET', `/cases/${id}`)).json() as { documents: { id: string }[] };
    const file = await as('officer3', 'GET', `/case-documents/${view.documents[0]?.id}/file`);
    expect(file.statusCode).toBe(200);
    const text = (new PizZip(file.rawPayload).file('word/document.xml')?.asText() ?? '').replace(/<[^>]+>/g, '');
    expect(text).toMatch(/联系人及电话：\S+，联系电话：0734-7225678/);
    const rules = (await env.app.inject({ method: 'GET', url: '/api/v1/public/service-offset-rules' })).json() as {
      departmentName: string;
      contactPhone: string;
    }[];
    expect(rules.length).toBeGreaterThan(0);
    for (const r of rules) {
      expect(r.contactPhone, r.departmentName).toMatch(/^0734-72\d{5}$/);
    }
  });
});

describe(`[SETUP][CERTIFICATES] an officer's 行政执法证 and its validity (${dbKind()})`, () => {
  const users = async () =>
    (await as('admin', 'GET', '/users?pageSize=100')).json().items as {
      id: string;
      username: string;
      displayName: string;
      roles: string[];
      departmentId: string | null;
      certificateNo: string | null;
      certificateExpiresOn: string | null;
      active: boolean;
    }[];

  it('requires the validity date of an officer account (422 naming certificateExpiresOn)', async () => {
    const departmentId = (await users()).find((u) => u.username === 'officer')?.departmentId;
    const base = {
      username: 'newofficer',
      displayName: '新执法',
      roles: ['officer'],
      regionCode: '430482',
      departmentId,
      certificateNo: '43048224009',
      password: 'Abcdefg12345!',
    };
    const missing = await as('admin', 'POST', '/users', base);
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields).toEqual([{ path: 'certificateExpiresOn', message: '执法人员须填写执法证有效期' }]);
    const ok = await as('admin', 'POST', '/users', { ...base, certificateExpiresOn: '2028-06-30' });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ certificateNo: '43048224009', certificateExpiresOn: '2028-06-30' });
  });

  it('refuses a plan naming an officer whose certificate has expired (OFFICER.CERTIFICATE_INVALID, 《行政处罚法》第四十二条)', async () => {
    const all = await users();
    const wang = all.find((u) => u.username === 'officer2');
    const zhang = all.find((u) => u.username === 'officer');
    const expire = await as('admin', 'PUT', `/users/${wang?.id}`, {
      ...wang,
      id: undefined,
      username: undefined,
      certificateExpiresOn: '2026-11-27',
    });
    expect(expire.statusCode, expire.body).toBe(200);
    // The list to choose from no longer offers her; a plan naming her anyway is refused.
    const offered = (await as('officer', 'GET', '/inspection-officers')).json() as { displayName: string }[];
    expect(offered.map((o) => o.displayName)).not.toContain('王芳');
    const items = (await as('officer', 'GET', '/inspection-items')).json() as { id: string; code: string }[];
    const entityId = (await as('officer', 'GET', '/entities?q=隆辉')).json().items[0].id;
    const r = await as('officer', 'POST', '/inspections', {
      entityId,
      type: 'routine',
      itemIds: items.filter((i) => i.code === 'SC-JC-001').map((i) => i.id),
      officerIds: [zhang?.id, wang?.id],
      windowFrom: '2026-11-28',
      windowTo: '2026-12-05',
    });
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({
      code: 'OFFICER.CERTIFICATE_INVALID',
      message: '王芳的行政执法证已于2026-11-27过期，不能列入检查计划（《行政处罚法》第四十二条：执法人员应当主动出示执法证件）',
      fields: [{ path: 'officerIds.1' }],
    });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { usccCheckCharacter } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import ExcelJS from '../imports/exceljs';
import { searchGramsOf } from './search-grams';

let env: TestEnv;
let officer: string;
let supervisor: string;
beforeAll(async () => {
  env = await createTestEnv();
  officer = await loginAs(env.app, 'officer');
  supervisor = await loginAs(env.app, 'supervisor');
});
afterAll(async () => {
  await env.close();
});

const code = (body17: string) => body17 + usccCheckCharacter(body17);
const valid = {
  uscc: code('91430482MA4T7Q2K8'),
  name: '常宁市测试餐饮有限公司',
  entityType: 'enterprise',
  legalRepresentative: '周晓明',
  legalRepresentativeIdNo: '430482198803150017',
  contactPhone: '13907345678',
  industryCode: 'H62',
  address: '湖南省衡阳市常宁市宜阳街道民主路18号',
  regionCode: '430482',
  establishedOn: '2021-03-15',
};
const post = (payload: unknown, cookie = officer) =>
  env.app.inject({ method: 'POST', url: '/api/v1/entities', headers: { cookie }, payload: payload as object });

describe(`[ENTITY] registry (${dbKind()})`, () => {
  it('refuses a bad 统一社会信用代码 with the reason, 422, and writes nothing', async () => {
    const bad = { ...valid, uscc: `${valid.uscc.slice(0, 17)}${valid.uscc[17] === '0' ? '1' : '0'}` };
    const r = await post(bad);
    expect(r.statusCode).toBe(422);
    expect(r.json().error.fields).toEqual([{ path: 'uscc', message: expect.stringContaining('校验码错误') }]);
    const count = await appRows(env, 'SELECT 1 FROM entities WHERE uscc = $1', [bad.uscc]);
    expect(count).toHaveLength(0);
  });

  it('refuses an entity of another county: ENTITY.OUT_OF_REGION, 422, nothing written', async () => {
    const elsewhere = { ...valid, uscc: code('91430481MA4T7Q2K9'), regionCode: '430481' };
    const r = await post(elsewhere);
    expect(r.statusCode).toBe(422);
    expect(r.json().error).toMatchObject({ code: 'ENTITY.OUT_OF_REGION', fields: [{ path: 'regionCode' }] });
    expect(await appRows(env, 'SELECT 1 FROM entities WHERE uscc = $1', [elsewhere.uscc])).toHaveLength(0);
  });

  it('names every bad field in Chinese', async () => {
    const r = await post({ ...valid, name: '', industryCode: 'Q', regionCode: '4304', establishedOn: '2026-02-30', entityType: 'shop' });
    expect(r.statusCode).toBe(422);
    const paths = r.json().error.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['name', 'industryCode', 'regionCode', 'establishedOn', 'entityType']));
    expect(r.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
  });

  it('registers an entity with its event and audit row, personal data encrypted and masked', async () => {
    const r = await post(valid);
    expect(r.statusCode).toBe(201);
    const e = r.json();
    expect(e).toMatchObject({
      uscc: valid.uscc,
      industryName: '餐饮业',
      regionName: '常宁市',
      legalRepresentativeIdNo: '4304**********0017',
      contactPhone: '139****5678',
      version: 1,
    });
    const stored = await appRows<{ enc: string }>(env, 'SELECT legal_representative_id_no_enc AS enc FROM entities WHERE id = $1', [e.id]);
    expect(stored[0]?.enc).not.toContain('430482198803150017');
    const events = await appRows(env, "SELECT type, seq FROM events WHERE aggregate_type = 'entity' AND aggregate_id = $1", [e.id]);
    expect(events).toEqual([{ type: 'entity.registered', seq: 1 }]);
    const audit = await appRows(env, "SELECT action FROM audit_log WHERE object_id = $1 AND action = 'entity.create'", [e.id]);
    expect(audit).toHaveLength(1);
  });

  it('refuses a second registration of the same code with 409', async () => {
    const r = await post(valid);
    expect(r.statusCode).toBe(409);
    expect(r.json().error.fields[0].path).toBe('uscc');
  });

  it('finds an entity by its whole USCC, in capitals or not, and by a part of it', async () => {
    const search = async (q: string) =>
      (await env.app.inject({ method: 'GET', url: `/api/v1/entities?q=${encodeURIComponent(q)}`, headers: { cookie: officer } })).json();
    for (const q of [valid.uscc, valid.uscc.toLowerCase()]) {
      const r = await search(q);
      expect(r.total).toBe(1);
      expect(r.items.map((e: { uscc: string }) => e.uscc)).toEqual([valid.uscc]);
    }
    expect((await search(valid.uscc.slice(8, 17))).items.map((e: { uscc: string }) => e.uscc)).toContain(valid.uscc);
    // A code of the right form whose check character is wrong is searched as text: nothing has it.
    expect((await search(`${valid.uscc.slice(0, 17)}${valid.uscc[17] === '0' ? '1' : '0'}`)).total).toBe(0);
  });

  it('unmasks personal data only with the permission, and audits each read', async () => {
    const found = await env.app.inject({
      method: 'GET',
      url: `/api/v1/entities?q=${encodeURIComponent('测试餐饮')}`,
      headers: { cookie: officer },
    });
    const id = found.json().items[0].id;
    const pd = await env.app.inject({
      method: 'GET',
      url: `/api/v1/entities/${id}/personal-data?reason=${encodeURIComponent('核对身份信息')}`,
      headers: { cookie: officer },
    });
    expect(pd.json()).toEqual({ legalRepresentativeIdNo: '430482198803150017', contactPhone: '13907345678' });
    expect(
      (
        await env.app.inject({
          method: 'GET',
          url: `/api/v1/entities/${id}/personal-data?reason=${encodeURIComponent('核对身份信息')}`,
          headers: { cookie: supervisor },
        })
      ).statusCode,
    ).toBe(403);
    const audit = await appRows(
      env,
      "SELECT actor_name, details->>'reason' AS reason FROM audit_log WHERE object_id = $1 AND action = 'entity.personal_data.read'",
      [id],
    );
    expect(audit).toEqual([{ actor_name: '张伟', reason: '核对身份信息' }]);
    // Unmasking asks why (issue 14 defect 13): without a reason nothing is shown and nothing read.
    const noReason = await env.app.inject({ method: 'GET', url: `/api/v1/entities/${id}/personal-data`, headers: { cookie: officer } });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.fields[0]).toMatchObject({ path: 'reason' });
    expect(noReason.json().error.message).toContain('查看理由');
    // The auditor reads whose data it was: the entity by name, not by its id (issue 14 defect 10).
    const auditor = await loginAs(env.app, 'auditor');
    const log = await env.app.inject({
      method: 'GET',
      url: '/api/v1/audit-log?action=entity.personal_data.read&pageSize=100',
      headers: { cookie: auditor },
    });
    expect(log.statusCode, log.body).toBe(200);
    const row = log.json().items.find((a: { objectId: string }) => a.objectId === id);
    expect(row.objectLabel).toMatch(/测试餐饮.*（[0-9A-Z]{18}）$/);
  });

  it('edits with optimistic versioning: the stale writer gets 409', async () => {
    const found = await env.app.inject({
      method: 'GET',
      url: `/api/v1/entities?q=${encodeURIComponent('测试餐饮')}`,
      headers: { cookie: officer },
    });
    const e = found.json().items[0];
    const body = { ...valid, name: '常宁市测试餐饮管理有限公司', version: e.version };
    delete (body as Partial<typeof valid>).uscc;
    delete (body as Partial<typeof valid>).regionCode;
    const first = await env.app.inject({ method: 'PUT', url: `/api/v1/entities/${e.id}`, headers: { cookie: officer }, payload: body });
    expect(first.statusCode).toBe(200);
    expect(first.json().version).toBe(2);
    const second = await env.app.inject({
      method: 'PUT',
      url: `/api/v1/entities/${e.id}`,
      headers: { cookie: officer },
      payload: { ...body, name: '别的名称' },
    });
    expect(second.statusCode).toBe(409);
    const events = await appRows<{ type: string }>(
      env,
      "SELECT type FROM events WHERE aggregate_type = 'entity' AND aggregate_id = $1 ORDER BY seq",
      [e.id],
    );
    expect(events.map((x) => x.type)).toEqual(['entity.registered', 'entity.updated']);
  });

  it('finds by a fragment of the name or representative through the name index, as the ILIKE over the county did', async () => {
    const mixed = { ...valid, uscc: code('91430482MA4T7Q2K6'), name: '常宁市ABC Foods商行', legalRepresentative: '欧阳明' };
    expect((await post(mixed)).statusCode).toBe(201);
    const total = async (q: string) =>
      (await env.app.inject({ method: 'GET', url: `/api/v1/entities?q=${encodeURIComponent(q)}`, headers: { cookie: officer } })).json()
        .total as number;
    const ilike = async (q: string) =>
      (
        await appRows<{ n: number }>(env, "SELECT count(*)::int AS n FROM entities WHERE region_code = '430482' AND search_text ILIKE $1", [
          `%${q}%`,
        ])
      )[0]?.n;
    const sample = await appRows<{ name: string; lr: string }>(
      env,
      "SELECT name, legal_representative AS lr FROM entities WHERE region_code = '430482' ORDER BY id LIMIT 12",
    );
    const queries = [
      ...sample.flatMap((e) => [e.name.slice(3, 5), e.name.slice(4, 8), e.lr.slice(0, 2)]),
      'abc foods商',
      'Foods商行',
      '阳明',
    ];
    for (const q of queries) {
      expect([q, await total(q)]).toEqual([q, await ilike(q)]);
    }
    expect(await total('ABC FOODS商行')).toBe(1);
    // The edit above renamed the test entity: its new name is found, the refused rename is not.
    expect(await total('餐饮管理')).toBeGreaterThanOrEqual(1);
    expect(await total('别的名称')).toBe(0);
  });

  it('the migration fills the grams of rows registered before it exactly as the platform makes them', async () => {
    const file = readFileSync(join(import.meta.dirname, '../db/migrations/0030_entity_search_grams_and_list_indexes.sql'), 'utf8');
    const backfill = file.split('--> statement-breakpoint').find((s) => s.includes('UPDATE "entities" SET "search_grams"')) as string;
    await env.superQuery(`UPDATE entities SET search_grams = '{}'`);
    await env.superQuery(backfill);
    const rows = await appRows<{ r: string; name: string; lr: string; grams: string[] }>(
      env,
      'SELECT region_code AS r, name, legal_representative AS lr, search_grams AS grams FROM entities',
    );
    expect(rows.length).toBeGreaterThan(400);
    expect(rows.some((x) => /[A-Z] /.test(x.name))).toBe(true);
    for (const x of rows) {
      expect([x.name, [...x.grams].sort()]).toEqual([x.name, searchGramsOf(x.r, x.name, x.lr).sort()]);
    }
  });

  it('searches, filters by industry section and pages', async () => {
    const all = await env.app.inject({ method: 'GET', url: '/api/v1/entities?pageSize=5', headers: { cookie: officer } });
    expect(all.json().total).toBeGreaterThanOrEqual(400);
    expect(all.json().items).toHaveLength(5);
    const catering = await env.app.inject({
      method: 'GET',
      url: '/api/v1/entities?industryCode=H&pageSize=500',
      headers: { cookie: officer },
    });
    const items = catering.json().items as { industryCode: string; contactPhone: string | null }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.industryCode.startsWith('H'))).toBe(true);
    expect(items.filter((i) => i.contactPhone).every((i) => /^\d{3}\*+\d{4}$/.test(i.contactPhone as string))).toBe(true);
    const bad = await env.app.inject({ method: 'GET', url: '/api/v1/entities?page=0&pageSize=abc', headers: { cookie: officer } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['page', 'pageSize']));
  });

  it('exports the filtered list to .xlsx that exceljs reads back, and audits the export', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/v1/entities/export?industryCode=H62', headers: { cookie: officer } });
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws?.getRow(1).getCell(1).value).toBe('统一社会信用代码');
    const count = await appRows<{ n: number }>(
      env,
      "SELECT count(*)::int AS n FROM entities WHERE region_code = '430482' AND industry_code LIKE 'H62%'",
    );
    expect((ws?.actualRowCount ?? 0) - 1).toBe(count[0]?.n);
    const audit = await appRows(env, "SELECT 1 FROM audit_log WHERE action = 'entity.export'");
    expect(audit.length).toBeGreaterThan(0);
  });

  it('serves the OpenAPI description at /api/docs', async () => {
    const r = await env.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(r.statusCode).toBe(200);
    expect(Object.keys(r.json().paths)).toEqual(
      expect.arrayContaining(['/api/v1/auth/login', '/api/v1/entities', '/api/v1/entity-imports']),
    );
  });
});

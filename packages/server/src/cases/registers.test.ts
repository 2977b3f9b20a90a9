import PizZip from 'pizzip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { anonymise } from './guiding-cases/anonymise';

let env: TestEnv;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'officer2', 'officer3', 'reviewer', 'supervisor', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function entity(where: string): Promise<{ id: string; name: string; uscc: string }> {
  const r = await env.superQuery(`SELECT id, name, uscc FROM entities WHERE region_code = '430482' AND ${where} ORDER BY uscc LIMIT 1`);
  return r.rows[0] as { id: string; name: string; uscc: string };
}

describe(`[CASE][OBSERVATION] the observation period register (${dbKind()})`, () => {
  it('seeds a period behind every entity marked as in one', async () => {
    const r = await env.superQuery(
      `SELECT count(*)::int AS n FROM entities e WHERE e.in_observation_period AND NOT EXISTS
         (SELECT 1 FROM observation_periods p WHERE p.region_code = e.region_code AND p.entity_id = e.id AND p.status = 'approved')`,
    );
    expect((r.rows[0] as { n: number }).n).toBe(0);
    expect((await as('supervisor', 'GET', '/observation-periods')).json().length).toBeGreaterThan(0);
  });

  it('grants a period only to a new business form, approved by another reviewer, and marks the entity', async () => {
    const plain = await entity("NOT new_business_form AND credit_grade IS DISTINCT FROM 'D'");
    const body = {
      startOn: '2026-12-01',
      endOn: '2027-11-30',
      reason: '新业态：社区团购平台的线下自提点，符合地方政策导向',
      noExclusion: true,
    };
    const refused = await as('officer', 'POST', '/observation-periods', { ...body, entityId: plain.id });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('只有新业态、新模式的市场主体才能设定观察期');
    expect(refused.json().error.code).toBe('OBSERVATION.NOT_NEW_BUSINESS_FORM');
    const form = await entity("new_business_form AND NOT in_observation_period AND credit_grade IS DISTINCT FROM 'D'");
    const proposed = await as('officer', 'POST', '/observation-periods', { ...body, startOn: '2026-11-01', entityId: form.id });
    expect(proposed.statusCode, proposed.body).toBe(201);
    const id = proposed.json().id;
    // An officer cannot approve; the reviewer can.
    expect((await as('officer', 'POST', `/observation-periods/${id}/decision`, { approve: true })).statusCode).toBe(403);
    const ok = await as('reviewer', 'POST', `/observation-periods/${id}/decision`, { approve: true });
    expect(ok.statusCode, ok.body).toBe(200);
    const flag = await env.superQuery('SELECT in_observation_period AS f FROM entities WHERE id = $1', [form.id]);
    expect((flag.rows[0] as { f: boolean }).f).toBe(true);
    // Without the exclusion statement, nothing is written.
    const missing = await as('officer', 'POST', '/observation-periods', { ...body, entityId: form.id, noExclusion: false });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().error.fields[0].path).toBe('noExclusion');
  });
});

describe(`[CASE][TEMPLATES] reviewers upload and version their own templates (${dbKind()})`, () => {
  it('uses the uploaded version for the next document, refuses unknown placeholders, reverts to the default', async () => {
    const def = await as('reviewer', 'GET', '/document-templates/administrative_reminder/default.docx');
    expect(def.statusCode).toBe(200);
    const upload = (user: string, data: Buffer) => {
      const m = multipartBody('行政提示函（本局版）.docx', data);
      return env.app.inject({
        method: 'POST',
        url: '/api/v1/document-templates/administrative_reminder',
        headers: { cookie: cookie[user] as string, 'content-type': m.contentType },
        payload: m.payload,
      });
    };
    expect((await upload('officer', def.rawPayload)).statusCode).toBe(403);
    const v1 = await upload('reviewer', def.rawPayload);
    expect(v1.statusCode, v1.body).toBe(201);
    expect(v1.json()).toMatchObject({ version: 1 });
    const list = (await as('reviewer', 'GET', '/document-templates')).json();
    expect(list.find((t: { docType: string }) => t.docType === 'administrative_reminder').current).toBe(1);
    // The next 行政提示函 of the department is made from the uploaded version.
    const one = await entity('true');
    const sent = await as('officer', 'POST', '/guidance-campaigns', {
      measureType: 'administrative_reminder',
      title: '模板版本测试',
      facts: '测试所用模板版本',
      content: '请核对模板版本',
      legalBasis: '测试依据',
      target: { entityIds: [one.id] },
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const used = await env.superQuery(
      "SELECT template_source AS s FROM documents WHERE aggregate_type = 'guidance_campaign' AND aggregate_id = $1",
      [sent.json().id],
    );
    expect((used.rows[0] as { s: string }).s).toBe(v1.json().id);
    // A .docx with an unknown placeholder is refused with its name.
    const z = new PizZip(def.rawPayload) as PizZip & { file(name: string, data: string): unknown };
    const xml = z.file('word/document.xml')?.asText() ?? '';
    z.file('word/document.xml', xml.replace('{content}', '{内容}'));
    const bad = await upload('reviewer', z.generate({ type: 'nodebuffer' }));
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.message).toContain('{内容}');
    const reverted = await as('reviewer', 'POST', '/document-templates/administrative_reminder/revert');
    expect(reverted.json()).toMatchObject({ version: null });
  });
});

describe(`[CASE][GUIDING] guiding cases are anonymised (${dbKind()})`, () => {
  it('masks names, codes and phone numbers', () => {
    const text = anonymise('常宁市某某餐饮有限公司（91430482MA4L000001，法定代表人李明，电话13807341234，身份证430482199001011234）', [
      '常宁市某某餐饮有限公司',
      '李明',
    ]);
    expect(text).not.toContain('常宁市某某餐饮有限公司');
    expect(text).not.toContain('李明');
    expect(text).not.toContain('91430482MA4L000001');
    expect(text).not.toContain('13807341234');
    expect(text).not.toContain('430482199001011234');
    expect(text).toContain('李某');
  });

  it('publishes an archived case on the public portal without the name or code of the party', async () => {
    const e = await entity("industry_code LIKE 'H62%'");
    const start = await as('officer', 'POST', '/cases', {
      entityId: e.id,
      facts: `${e.name}后厨未按规定设置防鼠设施`,
      legalBasis: '《中华人民共和国食品安全法》第三十三条',
    });
    const id = start.json().id;
    const notice = await as('officer', 'POST', `/cases/${id}/notice`, {
      delivery: 'direct',
      choiceDeadline: '2026-12-05',
      offered: '行政提示',
    });
    expect(notice.statusCode, notice.body).toBe(200);
    // Paper delivery and a paper 回执: the officer records both, with the signed receipt as a file.
    const pdf = Buffer.from('%PDF-1.4\n% 回执\n');
    const d = notice.json().deliveries[0];
    expect((await as('officer', 'POST', `/deliveries/${d.id}/proof`, { deliveredOn: '2026-11-28', recipient: '店长' })).statusCode).toBe(
      200,
    );
    expect((await as('officer', 'POST', `/cases/${id}/choice`, { choice: 'accept' })).statusCode).toBe(200);
    const m = multipartBody('选择回执.pdf', pdf, { item: 'choice_record', note: '当事人签署的选择回执' }, 'application/pdf');
    const up = await env.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/materials`,
      headers: { cookie: cookie.officer as string, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(up.statusCode, up.body).toBe(200);
    expect(
      (
        await as('officer', 'POST', `/cases/${id}/measures`, {
          type: 'administrative_reminder',
          oral: true,
          content: '口头提示：设置防鼠设施',
        })
      ).statusCode,
    ).toBe(200);
    const rec = multipartBody(
      '口头提示录音.mp3',
      Buffer.concat([Buffer.from('ID3'), Buffer.alloc(64)]),
      { item: 'oral_record', measureId: 'M1' },
      'audio/mpeg',
    );
    await env.app.inject({
      method: 'POST',
      url: `/api/v1/cases/${id}/materials`,
      headers: { cookie: cookie.officer as string, 'content-type': rec.contentType },
      payload: rec.payload,
    });
    expect((await as('officer', 'POST', `/cases/${id}/complete`)).json().state).toBe('completed');
    const archived = await as('reviewer', 'POST', `/cases/${id}/archive`);
    expect(archived.statusCode, archived.body).toBe(200);

    expect(
      (
        await as('officer', 'POST', `/cases/${id}/guiding-case`, {
          title: '餐饮后厨防鼠设施的行政提示',
          summary: '对轻微问题先行提示，当事人当场整改',
        })
      ).statusCode,
    ).toBe(403);
    const pub = await as('reviewer', 'POST', `/cases/${id}/guiding-case`, {
      title: '餐饮后厨防鼠设施的行政提示',
      summary: `${e.name}后厨防鼠设施不到位，执法人员口头提示后当场整改`,
      keywords: ['防鼠', '行政提示'],
    });
    expect(pub.statusCode, pub.body).toBe(201);
    expect((await as('reviewer', 'GET', `/cases/${id}`)).json().guidingCaseId).toBe(pub.json().id);
    const open = await env.app.inject({ method: 'GET', url: `/api/v1/public/guiding-cases?q=${encodeURIComponent('防鼠')}` });
    expect(open.statusCode).toBe(200);
    const found = open.json()[0];
    expect(found.industryName).not.toBe('');
    expect(found.title).toBe('餐饮后厨防鼠设施的行政提示');
    const all = JSON.stringify(found);
    expect(all).not.toContain(e.name);
    expect(all).not.toContain(e.uscc);
    expect(found.body).toContain('行政提示');
  });
});

describe(`[CASE][CAMPAIGN] guidance to a class of entities in one action (${dbKind()})`, () => {
  it('sends one numbered document to each catering entity and shows it in the portal', async () => {
    const target = { industryPrefix: 'H62' };
    const preview = await as('officer', 'POST', '/guidance-campaigns/preview', target);
    expect(preview.statusCode, preview.body).toBe(200);
    const count = preview.json().count as number;
    expect(count).toBeGreaterThan(0);
    expect((await as('officer', 'POST', '/guidance-campaigns/preview', {})).statusCode).toBe(422);
    // A class by region: a town of the county, within the industry.
    const town = (await as('officer', 'POST', '/guidance-campaigns/preview', { industryPrefix: 'H62', area: '宜阳街道' })).json();
    expect(town.count).toBeGreaterThan(0);
    expect(town.count).toBeLessThan(count);
    const sent = await as('officer', 'POST', '/guidance-campaigns', {
      measureType: 'administrative_reminder',
      title: '餐饮行业冬季燃气使用安全提示',
      facts: '冬季餐饮单位燃气使用集中，后厨燃气泄漏报警装置缺失问题易发',
      content: '请检查燃气管道、阀门和泄漏报警装置，建立每日巡查记录',
      legalBasis: '《城镇燃气管理条例》第二十八条',
      target,
    });
    expect(sent.statusCode, sent.body).toBe(201);
    expect(sent.json().entityCount).toBe(count);
    const docs = await env.superQuery(
      "SELECT count(DISTINCT document_no)::int AS n FROM documents WHERE aggregate_type = 'guidance_campaign' AND aggregate_id = $1",
      [sent.json().id],
    );
    expect((docs.rows[0] as { n: number }).n).toBe(count);
    const mine = (await as('enterprise', 'GET', '/portal/guidance')).json();
    expect(mine[0]).toMatchObject({ title: '餐饮行业冬季燃气使用安全提示', readAt: null });
    const file = await as('enterprise', 'GET', `/portal/guidance/${mine[0].id}/file`);
    expect(file.statusCode).toBe(200);
    expect((await as('enterprise', 'GET', '/portal/guidance')).json()[0].readAt).not.toBeNull();
    // The department's list counts who opened their copy.
    const campaigns = await as('officer', 'GET', '/guidance-campaigns');
    expect(campaigns.statusCode, campaigns.body).toBe(200);
    expect(campaigns.json().find((c: { id: string }) => c.id === sent.json().id)).toMatchObject({
      measureType: 'administrative_reminder',
      title: '餐饮行业冬季燃气使用安全提示',
      entityCount: count,
      readCount: 1,
    });
    expect(
      (
        await as('officer', 'POST', '/guidance-campaigns', {
          measureType: 'commitment',
          title: 'x',
          facts: 'x',
          content: 'x',
          legalBasis: 'x',
          target,
        })
      ).statusCode,
    ).toBe(422);
  });
});

describe(`[CASE][SETTINGS] follow-up days and the 公益抵罚 rule (${dbKind()})`, () => {
  it('lets a reviewer set follow-up days and refuses a 公益抵罚 rule outside public security and transport', async () => {
    const set = await as('reviewer', 'PUT', '/follow-up-settings', { commitment: 10, leaflet: null });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().find((s: { measureType: string }) => s.measureType === 'commitment').days).toBe(10);
    expect((await as('officer', 'PUT', '/follow-up-settings', { commitment: 5 })).statusCode).toBe(403);
    const offset = await as('reviewer', 'PUT', '/service-offset-rule', {
      field: 'transport',
      yuanPerHour: 100,
      capYuan: 500,
      capPercentOfFine: 50,
    });
    expect(offset.statusCode).toBe(422);
    expect(offset.json().error.message).toContain('公益抵罚仅在公安、交通领域实施');
    expect(offset.json().error.code).toBe('OFFSET.FIELD_NOT_ALLOWED');
  });

  it('answers the department’s published 公益抵罚 rule, or null where there is none', async () => {
    const none = await as('reviewer', 'GET', '/service-offset-rule');
    expect(none.statusCode, none.body).toBe(200);
    expect(none.json()).toBeNull();
    const transport = await as('officer3', 'GET', '/service-offset-rule');
    expect(transport.statusCode, transport.body).toBe(200);
    expect(transport.json()).toEqual({
      field: 'transport',
      yuanPerHour: 100,
      capYuan: 500,
      capPercentOfFine: 50,
      publishedAt: expect.any(String),
    });
  });
});

import { drawOnSite } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DEMO_PASSWORD, TEST_NOW } from '../../test/constants';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
const cookie: Record<string, string> = {};
/** A low-risk entity (services) with an enterprise account of its own, and another one for the 联合惩戒 case. */
let mine: { id: string; uscc: string };
let disciplined: { id: string; uscc: string };
let itemId: string;

const as = (user: string | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  env.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user ? { cookie: cookie[user] as string } : {},
    ...(payload ? { payload } : {}),
  });

beforeAll(async () => {
  env = await createTestEnv({ now: TEST_NOW });
  for (const u of ['admin', 'officer', 'officer3', 'reviewer', 'supervisor', 'enterprise']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const low = await appRows<{ id: string; uscc: string }>(
    env,
    `SELECT id, uscc FROM entities e WHERE region_code = '430482' AND industry_code ~ '^[IJKLMOP]'
       AND NOT EXISTS (SELECT 1 FROM issued_decisions d WHERE d.region_code = e.region_code AND d.entity_id = e.id) ORDER BY uscc LIMIT 2`,
  );
  [mine, disciplined] = low as [{ id: string; uscc: string }, { id: string; uscc: string }];
  const dept = await appRows<{ id: string }>(env, "SELECT department_id AS id FROM users WHERE username = 'officer'");
  const items = await appRows<{ id: string }>(
    env,
    `SELECT id FROM inspection_items WHERE region_code = '430482' AND department_id = $1 AND published AND jsonb_array_length(checklist) >= 2
     ORDER BY code LIMIT 1`,
    [dept[0]?.id],
  );
  itemId = (items[0] as { id: string }).id;
  const created = await as('admin', 'POST', '/users', {
    username: 'selfcheck',
    displayName: '自查企业',
    roles: ['enterprise'],
    regionCode: '430482',
    entityUscc: mine.uscc,
    password: TEST_DEMO_PASSWORD,
  });
  expect(created.statusCode, created.body).toBe(201);
  cookie.selfcheck = await loginAs(env.app, 'selfcheck');
});
afterAll(async () => {
  await env.close();
});

describe(`[CREDIT][MATRIX] credit supervision: matrix, grades, risk, 承诺式检查 (${dbKind()})`, () => {
  it('the matrix defaults to the platform one; a bad save is 422 naming the cell, nothing written; the Judicial Bureau saves', async () => {
    const m = (await as('officer', 'GET', '/credit-matrix')).json();
    expect(m.saved).toBe(false);
    expect(m.cells).toHaveLength(12);
    const bad = structuredClone(m);
    delete bad.saved;
    delete bad.updatedAt;
    bad.cells[2].samplingRatio = 1.5; // A × high
    bad.cells = bad.cells.filter((_: unknown, i: number) => i !== 11); // D × high missing
    const r = await as('supervisor', 'PUT', '/credit-matrix', bad);
    expect(r.statusCode, r.body).toBe(422);
    const messages = r.json().error.fields.map((d: { message: string }) => d.message);
    expect(messages).toContain('信用等级A×风险高：抽查比例应在0至1之间');
    expect(messages).toContain('信用等级D×风险高应恰有一项设置');
    expect(r.json().error.message).toContain('信用等级A×风险高：抽查比例应在0至1之间');
    expect((await as('officer', 'GET', '/credit-matrix')).json().saved).toBe(false);
    const good = structuredClone(m);
    delete good.saved;
    delete good.updatedAt;
    expect((await as('officer', 'PUT', '/credit-matrix', good)).statusCode).toBe(403);
    good.cells[3].samplingRatio = 0.04; // B × low
    const ok = await as('supervisor', 'PUT', '/credit-matrix', good);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ saved: true });
    expect(ok.json().cells[3].samplingRatio).toBe(0.04);
  });

  it('a grade set by the Judicial Bureau keeps its history; the risk level reads the industry and the record', async () => {
    expect((await as('officer', 'PUT', `/entities/${mine.id}/credit-grade`, { grade: 'A', reason: '年度评价' })).statusCode).toBe(403);
    for (const grade of ['C', 'A']) {
      const r = await as('supervisor', 'PUT', `/entities/${mine.id}/credit-grade`, { grade, reason: `2026年度信用评价为${grade}级` });
      expect(r.statusCode, r.body).toBe(200);
    }
    const p = (await as('officer3', 'GET', `/entities/${mine.id}/credit-profile`)).json();
    expect(p.grade).toBe('A');
    expect(p.history.map((h: { grade: string }) => h.grade)).toEqual(['A', 'C']);
    expect(p.history[0]).toMatchObject({ source: 'manual', setBy: '陈静', reason: '2026年度信用评价为A级' });
    expect(p.risk).toBe('low');
    expect(p.riskReasons[0]).toBe('行业基础风险：低');
    expect(p.cell).toMatchObject({ grade: 'A', risk: 'low', selfInspection: true });
    // The demo enterprise (catering, H62) is high risk: its cell allows no self-inspection.
    const cater = (
      await appRows<{ id: string }>(
        env,
        "SELECT e.id FROM entities e JOIN users u ON u.entity_uscc = e.uscc WHERE u.username = 'enterprise'",
      )
    )[0];
    const q = (await as('officer', 'GET', `/entities/${cater?.id}/credit-profile`)).json();
    expect(q.risk).toBe('high');
    const refused = await as('officer', 'POST', '/self-inspections', { entityId: cater?.id, itemId });
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.code).toBe('CREDIT.SELF_INSPECTION_NOT_ALLOWED');
    expect(refused.json().error.message).toContain('风险等级高');
  });

  it('a serious record in publicity blocks a 承诺式检查 with a message naming the record (联合惩戒)', async () => {
    await as('supervisor', 'PUT', `/entities/${disciplined.id}/credit-grade`, { grade: 'A', reason: '2026年度信用评价为A级' });
    const key = (await as('reviewer', 'POST', '/api-keys', { label: '办案系统' })).json().key as string;
    const today = new Date(env.clock.now.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
    const push = await env.app.inject({
      method: 'POST',
      url: '/api/v1/issued-decisions/push',
      headers: { authorization: `Bearer ${key}`, 'idempotency-key': 'serious-self' },
      payload: {
        decisions: [
          {
            documentNo: '常市监罚〔2026〕S9号',
            partyType: 'legal_person',
            uscc: disciplined.uscc,
            violationCode: 'SC-FOOD-001',
            facts: { occurredOn: '2026-09-01', discoveredOn: '2026-09-05', harm: 'ordinary', seriousListed: true },
            penalties: ['fine'],
            fineYuan: 1000,
            decidedOn: today,
          },
        ],
      },
    });
    expect(push.statusCode, push.body).toBe(201);
    const r = await as('officer', 'POST', '/self-inspections', { entityId: disciplined.id, itemId });
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('CREDIT.SERIOUS_RECORD');
    expect(r.json().error.message).toContain('常宁市市场监督管理局 常市监罚〔2026〕S9号');
    expect(r.json().error.message).toContain('承诺式检查');
    const n = await appRows<{ n: number }>(env, 'SELECT count(*)::int AS n FROM self_inspections WHERE entity_id = $1', [disciplined.id]);
    expect(n[0]?.n).toBe(0);
    // The same record stops an observation period (常政办发〔2025〕5号 第十四项), for a new business form.
    await env.superQuery('UPDATE entities SET new_business_form = true WHERE id = $1', [disciplined.id]);
    const obs = await as('officer', 'POST', '/observation-periods', {
      entityId: disciplined.id,
      startOn: '2026-12-01',
      endOn: '2027-05-31',
      reason: '新业态平台经营模式，给予观察期包容审慎监管',
      noExclusion: true,
    });
    expect(obs.statusCode, obs.body).toBe(422);
    expect(obs.json().error.code).toBe('CREDIT.SERIOUS_RECORD');
    expect(obs.json().error.message).toContain('常市监罚〔2026〕S9号');
    expect(obs.json().error.message).toContain('给予观察期');
    const p = (await as('officer3', 'GET', `/entities/${disciplined.id}/credit-profile`)).json();
    expect(p.seriousRecords).toEqual([{ documentNo: '常市监罚〔2026〕S9号', department: '常宁市市场监督管理局' }]);
    expect(p.risk).toBe('high');
  });

  it('sent, answered with a commitment by its own enterprise only, drawn reproducibly, verified; a false answer becomes a credit record', async () => {
    const sent = await as('officer', 'POST', '/self-inspections', { entityId: mine.id, itemId });
    expect(sent.statusCode, sent.body).toBe(201);
    const s = sent.json();
    expect(s).toMatchObject({ status: 'sent', grade: 'A', risk: 'low' });
    expect(s.documentNo).toMatch(/^承诺核查〔\d{4}〕\d+号$/);
    const n = s.checklist.length as number;
    // Access: another department and another enterprise get 404.
    expect((await as('officer3', 'GET', `/self-inspections/${s.id}`)).statusCode).toBe(404);
    expect((await as('enterprise', 'GET', `/portal/self-inspections/${s.id}`)).statusCode).toBe(404);
    expect((await as('enterprise', 'GET', '/portal/self-inspections')).json().items).toEqual([]);
    const answers = Array.from({ length: n }, () => ({ compliant: true, note: '' }));
    expect((await as('enterprise', 'POST', `/portal/self-inspections/${s.id}/answer`, { answers, commitment: true })).statusCode).toBe(404);
    expect((await as('officer', 'POST', '/self-inspection-draws', { share: 1 })).json().error.code).toBe('CREDIT.NOTHING_TO_DRAW');
    const unsigned = await as('selfcheck', 'POST', `/portal/self-inspections/${s.id}/answer`, { answers, commitment: false });
    expect(unsigned.statusCode).toBe(422);
    expect(unsigned.json().error.message).toContain('须勾选承诺所填内容真实');
    const short = await as('selfcheck', 'POST', `/portal/self-inspections/${s.id}/answer`, { answers: answers.slice(1), commitment: true });
    expect(short.statusCode).toBe(422);
    const answered = await as('selfcheck', 'POST', `/portal/self-inspections/${s.id}/answer`, { answers, commitment: true });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json().status).toBe('answered');
    expect((await as('selfcheck', 'POST', `/portal/self-inspections/${s.id}/answer`, { answers, commitment: true })).statusCode).toBe(422);

    const draw = await as('officer', 'POST', '/self-inspection-draws', { share: 1, seed: 20261204 });
    expect(draw.statusCode, draw.body).toBe(201);
    const d = draw.json();
    expect(d.seed).toBe(20261204);
    expect(d.chosen).toEqual(drawOnSite(d.pool, d.share, d.seed));
    expect(d.chosen).toContain(s.id);
    expect((await as('officer3', 'GET', `/self-inspection-draws/${d.id}`)).statusCode).toBe(404);
    expect((await as('supervisor', 'GET', `/self-inspection-draws/${d.id}`)).json().chosen).toEqual(d.chosen);
    const onSite = (await as('officer', 'GET', `/self-inspections/${s.id}`)).json();
    expect(onSite).toMatchObject({ status: 'on_site', drawSeed: 20261204 });

    expect((await as('officer3', 'POST', `/self-inspections/${s.id}/verify`, { findings: answers })).statusCode).toBe(404);
    const findings = answers.map((a, i) => (i === 1 ? { compliant: false, note: '现场发现台账缺失' } : a));
    const v = await as('officer', 'POST', `/self-inspections/${s.id}/verify`, { findings });
    expect(v.statusCode, v.body).toBe(200);
    expect(v.json()).toMatchObject({ status: 'verified', falseItems: [1] });
    const recordId = v.json().creditRecordId as string;
    const mineRecords = (await as('selfcheck', 'GET', '/portal/credit-records')).json().items;
    expect(mineRecords).toHaveLength(1);
    expect(mineRecords[0]).toMatchObject({
      id: recordId,
      documentNo: s.documentNo,
      severity: 'general',
      status: 'publicized',
      decisionId: null,
    });
    expect(mineRecords[0].severityBasis).toContain('常政办发〔2025〕5号 第十三项');
    const pub = (await as(null, 'GET', `/public/credit/${mine.uscc}`)).json();
    expect(pub.records.map((r: { documentNo: string }) => r.documentNo)).toContain(s.documentNo);
    const ev = await env.superQuery('SELECT type, payload FROM events WHERE aggregate_id = $1 ORDER BY seq', [recordId]);
    expect(ev.rows.map((e) => (e as { type: string }).type)).toEqual(['credit_record.false_commitment']);
    expect((await as('officer', 'POST', `/self-inspections/${s.id}/verify`, { findings })).statusCode).toBe(422);
  });

  it('the matrix caps routine plans: grade A of low risk, one a year per department; grade D of the same risk, none', async () => {
    const items = (await as('officer', 'GET', '/inspection-items')).json() as { id: string; code: string }[];
    const officers = ((await as('officer', 'GET', '/inspection-officers')).json() as { id: string; displayName: string }[]).filter((o) =>
      ['张伟', '王芳'].includes(o.displayName),
    );
    const plan = (windowFrom: string) => ({
      entityId: mine.id,
      type: 'routine',
      itemIds: items.filter((i) => i.code === 'SC-JC-003').map((i) => i.id),
      officerIds: officers.map((o) => o.id),
      windowFrom,
      windowTo: windowFrom.replace(/-\d\d$/, '-28'),
    });
    expect((await as('officer', 'POST', '/inspections', plan('2027-03-02'))).statusCode).toBe(201);
    const second = await as('officer', 'POST', '/inspections', plan('2027-05-03'));
    expect(second.statusCode).toBe(422);
    expect(second.json().error.code).toBe('INSPECTION.ROUTINE_CAP');
    expect(second.json().error.message).toContain('不超过1次');
    await as('supervisor', 'PUT', `/entities/${mine.id}/credit-grade`, { grade: 'D', reason: '2027年度信用评价为D级' });
    const asD = await as('officer', 'POST', '/inspections', plan('2027-05-03'));
    expect(asD.statusCode, asD.body).toBe(201);
    await as('supervisor', 'PUT', `/entities/${mine.id}/credit-grade`, { grade: 'A', reason: '信用修复后重新评价为A级' });
  });

  it('a self-inspection verified true makes no record', async () => {
    const s = (await as('officer', 'POST', '/self-inspections', { entityId: mine.id, itemId })).json();
    const answers = s.checklist.map((_: string, i: number) => ({ compliant: i !== 0, note: i === 0 ? '正在整改' : '' }));
    expect((await as('selfcheck', 'POST', `/portal/self-inspections/${s.id}/answer`, { answers, commitment: true })).statusCode).toBe(200);
    const d = (await as('officer', 'POST', '/self-inspection-draws', { share: 1, seed: 7 })).json();
    expect(d.chosen).toEqual([s.id]);
    // An answer of "not compliant" found compliant is no false commitment.
    const findings = s.checklist.map(() => ({ compliant: true, note: '' }));
    const v = (await as('officer', 'POST', `/self-inspections/${s.id}/verify`, { findings })).json();
    expect(v).toMatchObject({ status: 'verified', falseItems: [], creditRecordId: null });
  });
});

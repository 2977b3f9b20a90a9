import { DECISION_IMPORT_COLUMNS } from '@rouxing/contracts';
import { generateIssuedDecisions, issuedDecisionCells } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, multipartBody, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';
import { deadlineSweep } from '../jobs/scheduler';

let env: TestEnv;
let supervisor: string;
let reviewer: string;
let reviewer2: string;
let officer: string;
let scjg: string;
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]);

async function loginAll() {
  supervisor = await loginAs(env.app, 'supervisor');
  reviewer = await loginAs(env.app, 'reviewer');
  reviewer2 = await loginAs(env.app, 'reviewer2');
  officer = await loginAs(env.app, 'officer');
}

beforeAll(async () => {
  // Monday 28 September 2026, 10:00 in Beijing: 国庆节 (1–7 October) and the 调休 Saturday 10 October lie ahead.
  env = await createTestEnv({ now: new Date('2026-09-28T02:00:00.000Z') });
  await loginAll();
  scjg = (await appRows<{ id: string }>(env, "SELECT id FROM departments WHERE region_code = '430482' AND code = 'SCJG'"))[0]?.id as string;
});
afterAll(async () => {
  await env.close();
});

const call = (method: 'GET' | 'POST', url: string, cookie: string, payload?: object) =>
  env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie }, ...(payload ? { payload } : {}) });

async function openTask(workingDays: number, extra: object = {}) {
  return call('POST', '/supervision-tasks', supervisor, {
    departmentId: scjg,
    title: '纠正事项办理滞后',
    demand: '请核查本季度纠正事项办理情况，说明原因并提出整改措施。',
    workingDays,
    ...extra,
  });
}

function answer(id: string, text: string, cookie = reviewer, file?: Buffer) {
  const m = file ? multipartBody('整改报告.png', file, { text }, 'image/png') : null;
  return env.app.inject({
    method: 'POST',
    url: `/api/v1/supervision-tasks/${id}/answer`,
    headers: m ? { cookie, 'content-type': m.contentType } : { cookie },
    payload: m ? m.payload : { text },
  });
}

describe(`[SUPERVISION] supervision tasks of the Judicial Bureau and training (${dbKind()})`, () => {
  it('a task runs open → answer → return → answer → close, its deadline counted in working days across 国庆节', async () => {
    const opened = await openTask(10);
    expect(opened.statusCode).toBe(201);
    const task = opened.json();
    // 9-29, 9-30, (10-01…10-07 国庆节), 10-08, 10-09, 10-10 (调休上班), 10-12 … 10-16: the 10th working day.
    expect(task).toMatchObject({ status: 'open', openedOn: '2026-09-28', dueOn: '2026-10-16', origin: 'manual', overdue: false });

    // Only the department answers; the bureau reviews only an answer.
    expect((await answer(task.id, '已整改', supervisor)).statusCode).toBe(403);
    expect((await answer(task.id, '已整改', officer)).statusCode).toBe(403);
    const early = await call('POST', `/supervision-tasks/${task.id}/close`, supervisor, {});
    expect(early.statusCode).toBe(422);
    expect(early.json().error.code).toBe('SUPERVISION.STEP_REFUSED');
    expect((await answer(task.id, '')).json().error.fields[0].path).toBe('text');

    const first = await answer(task.id, '已逐项核查，3件已纠正。', reviewer, PNG);
    expect(first.statusCode).toBe(200);
    expect(first.json().status).toBe('answered');
    expect((await call('POST', `/supervision-tasks/${task.id}/close`, reviewer, {})).statusCode).toBe(403);
    const returned = await call('POST', `/supervision-tasks/${task.id}/return`, supervisor, { reason: '未说明其余事项的办理计划' });
    expect(returned.json().status).toBe('returned');
    expect((await call('POST', `/supervision-tasks/${task.id}/return`, supervisor, { reason: '再退' })).statusCode).toBe(422);
    expect((await answer(task.id, '其余2件已列入计划，10月底前办结。')).json().status).toBe('answered');
    const closed = await call('POST', `/supervision-tasks/${task.id}/close`, supervisor, { note: '同意办结' });
    expect(closed.statusCode).toBe(200);
    const detail = closed.json();
    expect(detail).toMatchObject({ status: 'closed', closedAt: expect.any(String) });
    expect(detail.history.map((h: { type: string }) => h.type)).toEqual([
      'supervision_task.opened',
      'supervision_task.answered',
      'supervision_task.returned',
      'supervision_task.answered',
      'supervision_task.closed',
    ]);
    expect(detail.history[2].text).toBe('未说明其余事项的办理计划');
    const material = detail.history[1].materials[0];
    expect(material).toMatchObject({ fileName: '整改报告.png', mediaType: 'image/png' });
    expect(detail.history[3].materials).toEqual([]);
    const file = await call('GET', `/supervision-tasks/${task.id}/materials/${material.id}/file`, supervisor);
    expect(file.rawPayload.equals(PNG)).toBe(true);
    // Every step also an audit row.
    const audit = await appRows<{ action: string }>(
      env,
      "SELECT action FROM audit_log WHERE object_type = 'supervision_task' AND object_id = $1",
      [task.id],
    );
    expect(audit).toHaveLength(5);
  });

  it('department B neither sees nor answers department A’s task (404); the lists are scoped', async () => {
    const task = (await openTask(5)).json();
    expect((await call('GET', `/supervision-tasks/${task.id}`, reviewer2)).statusCode).toBe(404);
    expect((await answer(task.id, '越权答复', reviewer2)).statusCode).toBe(404);
    expect((await call('GET', '/supervision-tasks?pageSize=100', reviewer2)).json().total).toBe(0);
    const mine = (await call('GET', '/supervision-tasks?pageSize=100', reviewer)).json();
    expect(mine.items.map((t: { id: string }) => t.id)).toContain(task.id);
    expect((await call('GET', `/supervision-tasks?departmentId=${scjg}&status=open`, supervisor)).json().total).toBe(1);
  });

  it('a task opened from a record must be that department’s record; a figure is kept as given', async () => {
    const other = await openTask(5, { subject: { kind: 'case', id: '01900000-0000-7000-8000-000000000000' } });
    expect(other.json().error.code).toBe('SUPERVISION.SUBJECT_UNKNOWN');
    const fig = await openTask(5, { figure: { indicator: 'joint_rate', filter: { period: '2026-Q3' }, value: 0.12 } });
    expect(fig.json()).toMatchObject({ origin: 'figure', figure: { indicator: 'joint_rate', filter: { period: '2026-Q3' }, value: 0.12 } });
  });
});

const csvOf = (rows: string[][]) =>
  Buffer.from(
    `\uFEFF${[DECISION_IMPORT_COLUMNS.map((c) => c.header), ...rows].map((r) => r.map((c) => (/[,"\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\n')}\n`,
  );

describe(`[SUPERVISION] overdue tasks and correction items that become tasks by themselves (${dbKind()})`, () => {
  it('an overdue correction item becomes one task in the sweep; tasks left unanswered are flagged on both sides', async () => {
    const usccs = (
      await appRows<{ uscc: string }>(env, "SELECT uscc FROM entities WHERE region_code = '430482' ORDER BY uscc LIMIT 20")
    ).map((r) => r.uscc);
    const g = generateIssuedDecisions({
      count: 12,
      bad: 3,
      usccs,
      seed: 5,
      violationCode: 'SC-FOOD-001',
      ordinary: { min: 600, max: 1400 },
      statutoryMax: 2000,
      documentPrefix: '常市监罚〔2026〕督',
      from: '2025-10-01',
      days: 300,
    });
    // The demo seed has flagged decisions of its own (市场监管's, open): they go overdue and become tasks too.
    const seeded = (await call('GET', '/correction-items?status=open', officer)).json().items as { id: string }[];
    const m = multipartBody('决定.csv', csvOf(g.decisions.map(issuedDecisionCells)));
    const up = await env.app.inject({
      method: 'POST',
      url: '/api/v1/issued-decision-imports',
      headers: { cookie: officer, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(up.statusCode).toBe(202);
    await expect
      .poll(async () => (await call('GET', `/issued-decision-imports/${up.json().id}`, officer)).json().status, { timeout: 20_000 })
      .toBe('done');
    const items = (await call('GET', '/correction-items?status=open', officer)).json().items as { id: string; dueOn: string }[];
    expect(items).toHaveLength(3 + seeded.length);
    const waiting = (await call('GET', '/supervision-tasks?status=open&pageSize=100', supervisor)).json().items as { id: string }[];
    expect(waiting.length).toBeGreaterThan(0);

    // Five weeks on: the correction items are past their 15 working days, the tasks above past theirs.
    env.clock.advance(35 * 24 * 3600 * 1000);
    await loginAll();
    const late = (await call('GET', '/supervision-tasks?overdue=true&pageSize=100', supervisor)).json();
    expect(late.total).toBe(waiting.length);
    expect((await call('GET', '/supervision-tasks?overdue=true&pageSize=100', reviewer)).json().total).toBe(waiting.length);
    expect(late.items.every((t: { overdue: boolean; overdueOn: string | null }) => t.overdue && t.overdueOn === null)).toBe(true);

    // Past due now: the three of the file (and any seeded item whose deadline has passed too).
    const today = env.clock.now.toLocaleDateString('en-CA', { timeZone: 'Asia/Shanghai' });
    const overdueItems = items.filter((i) => i.dueOn < today);
    const seededIds = new Set(seeded.map((i) => i.id));
    expect(overdueItems.filter((i) => !seededIds.has(i.id))).toHaveLength(3);
    const swept = await deadlineSweep(env.ctx);
    expect(swept).toMatchObject({
      corrections: overdueItems.length,
      supervisionTasks: overdueItems.length,
      supervisionOverdue: waiting.length,
    });
    const again = await deadlineSweep(env.ctx);
    expect(again).toMatchObject({ supervisionTasks: 0, supervisionOverdue: 0 });

    const auto = (await call('GET', '/supervision-tasks?origin=correction_overdue&pageSize=100', reviewer)).json();
    expect(auto.total).toBe(overdueItems.length);
    expect(auto.items.map((t: { subjectId: string }) => t.subjectId).sort()).toEqual(overdueItems.map((i) => i.id).sort());
    expect(auto.items[0]).toMatchObject({
      subjectKind: 'correction_item',
      status: 'open',
      openedByName: '系统（期限提醒）',
      workingDays: 10,
    });
    expect((await call('GET', '/supervision-tasks?origin=correction_overdue', reviewer2)).json().total).toBe(0);
    const flagged = (await call('GET', `/supervision-tasks/${waiting[0]?.id}`, reviewer)).json();
    expect(flagged.overdueOn).toBe('2026-11-02');
    expect(flagged.history.at(-1)).toMatchObject({ type: 'supervision_task.overdue', actorName: '系统（期限提醒）' });
    // The department can answer late; it is no longer waiting, so no longer overdue.
    const answered = await answer(auto.items[0].id, '已纠正并报送更正后的决定。');
    expect(answered.json()).toMatchObject({ status: 'answered', overdue: false });

    // 60 working days from 2 November 2026 end in 2027, whose arrangement is not entered: refused, nothing written.
    const before = (await call('GET', '/supervision-tasks', supervisor)).json().total;
    const r = await openTask(60);
    expect(r.statusCode).toBe(422);
    expect(r.json().error.code).toBe('CALENDAR.ARRANGEMENT_MISSING');
    expect((await call('GET', '/supervision-tasks', supervisor)).json().total).toBe(before);
  });
});

describe(`[TRAINING] 业务培训 per department, counted per year (${dbKind()})`, () => {
  it('a reviewer records its department’s session with attendees and materials; the bureau reads the figures', async () => {
    const staff = (await call('GET', `/training-candidates?departmentId=${scjg}`, reviewer)).json() as { id: string; name: string }[];
    expect(staff.length).toBeGreaterThanOrEqual(3);
    const body = {
      title: '柔性执法与包容审慎监管专题培训',
      heldOn: '2026-10-20',
      departmentIds: [scjg],
      hours: 3.5,
      trainer: '市司法局 王老师',
      content: '行政处罚法第三十三条适用；不予处罚清单；说理式执法文书。',
      attendeeIds: staff.slice(0, 3).map((s) => s.id),
    };
    const wsjk = (await appRows<{ id: string }>(env, "SELECT id FROM departments WHERE region_code = '430482' AND code = 'WSJK'"))[0]?.id;
    expect((await call('POST', '/training-sessions', reviewer, { ...body, departmentIds: [wsjk] })).statusCode).toBe(403);
    const outsider = (await call('GET', `/training-candidates?departmentId=${wsjk}`, supervisor)).json()[0].id;
    const bad = await call('POST', '/training-sessions', reviewer, { ...body, attendeeIds: [outsider] });
    expect(bad.json().error.code).toBe('TRAINING.ATTENDEE_OUTSIDE');
    const created = await call('POST', '/training-sessions', reviewer, body);
    expect(created.statusCode).toBe(201);
    const s = created.json();
    expect(s.attendees).toHaveLength(3);
    const m = multipartBody('签到表.png', PNG, {}, 'image/png');
    const withFile = await env.app.inject({
      method: 'POST',
      url: `/api/v1/training-sessions/${s.id}/materials`,
      headers: { cookie: reviewer, 'content-type': m.contentType },
      payload: m.payload,
    });
    expect(withFile.json().materials).toHaveLength(1);
    expect((await call('GET', `/training-sessions/${s.id}`, reviewer2)).statusCode).toBe(404);
    expect((await call('GET', '/training-sessions?year=2026', supervisor)).json().total).toBe(1);

    const figures = (await call('GET', '/training-figures?year=2026', supervisor)).json();
    const line = figures.departments.find((d: { departmentId: string }) => d.departmentId === scjg);
    expect(line).toMatchObject({ sessions: 1, hours: 3.5, attendances: 3 });
    expect(figures.departments.find((d: { departmentId: string }) => d.departmentId === wsjk)).toMatchObject({
      sessions: 0,
      attendances: 0,
    });
    expect(
      (await call('GET', '/training-figures?year=2025', supervisor))
        .json()
        .departments.every((d: { sessions: number }) => d.sessions === 0),
    ).toBe(true);
    expect((await call('GET', '/training-figures?year=2026', reviewer2)).json().departments).toHaveLength(1);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';

// The harness's clock: 2026-11-28 (a Saturday), Asia/Shanghai.
let env: TestEnv;
const cookie: Record<string, string> = {};
let entities: string[] = [];
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'reviewer', 'supervisor']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const items = (await as('officer', 'GET', '/entities?whitelisted=false&industryCode=C&pageSize=10')).json().items as { id: string }[];
  entities = items.map((e) => e.id);
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

async function emergencyPlan(entityId: string) {
  const itemIds = ((await as('officer', 'GET', '/inspection-items')).json() as { id: string; code: string }[])
    .filter((i) => i.code === 'SC-JC-001')
    .map((i) => i.id);
  const officerIds = ((await as('officer', 'GET', '/inspection-officers')).json() as { id: string; displayName: string }[])
    .filter((o) => ['张伟', '王芳'].includes(o.displayName))
    .map((o) => o.id);
  return as('officer', 'POST', '/inspections', {
    entityId,
    type: 'special',
    itemIds,
    officerIds,
    windowFrom: '2026-11-28',
    windowTo: '2026-11-30',
    emergency: true,
    note: '群众举报现场正在发生的违法行为，需立即入企',
  });
}

describe(`[INSPECTION][EMERGENCY] 紧急检查: back-filled within N working days, flagged late, approvable after check-in (${dbKind()})`, () => {
  it('counts the back-fill limit in working days from the setting, which only the Judicial Bureau changes', async () => {
    expect((await as('officer', 'GET', '/inspection-settings')).json()).toEqual({ emergencyBackfillWorkdays: 5 });
    const first = await emergencyPlan(entities[0] as string);
    expect(first.statusCode, first.body).toBe(201);
    // Saturday 28 November + 5 working days: Mon 30, Tue 1, Wed 2, Thu 3, Fri 4 December.
    expect(first.json()).toMatchObject({ emergency: true, backfillDueOn: '2026-12-04', backfillLate: false });

    expect((await as('officer', 'PUT', '/inspection-settings', { emergencyBackfillWorkdays: 1 })).statusCode).toBe(403);
    const bad = await as('supervisor', 'PUT', '/inspection-settings', { emergencyBackfillWorkdays: 0 });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.fields[0]).toMatchObject({ path: 'emergencyBackfillWorkdays' });
    expect((await as('supervisor', 'PUT', '/inspection-settings', { emergencyBackfillWorkdays: 3 })).json()).toEqual({
      emergencyBackfillWorkdays: 3,
    });
    const second = await emergencyPlan(entities[1] as string);
    expect(second.json().backfillDueOn).toBe('2026-12-02');
  });

  it('approves an emergency plan after check-in (the defect), once, keeping the visit checked in', async () => {
    const plan = (await emergencyPlan(entities[2] as string)).json();
    const inside = await as('officer', 'POST', `/inspections/${plan.id}/check-in`, { location: null });
    expect(inside.statusCode, inside.body).toBe(200);
    expect(inside.json().status).toBe('checked_in');
    const approved = await as('reviewer', 'POST', `/inspections/${plan.id}/approve`);
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ status: 'checked_in', approvedByName: '刘洋', backfillLate: false });
    const again = await as('reviewer', 'POST', `/inspections/${plan.id}/approve`);
    expect(again.statusCode).toBe(422);
    expect(again.json().error.code).toBe('INSPECTION.NOT_PENDING_APPROVAL');
    const ev = await env.superQuery('SELECT type, from_state, to_state FROM events WHERE aggregate_id = $1 ORDER BY seq', [plan.id]);
    expect(ev.rows.at(-1)).toMatchObject({ type: 'inspection.backfill_approved', from_state: 'checked_in', to_state: 'checked_in' });
  });

  it('flags a plan whose back-fill day has passed without approval', async () => {
    const plan = (await emergencyPlan(entities[3] as string)).json();
    await env.superQuery("UPDATE inspection_plans SET backfill_due_on = '2026-11-20' WHERE id = $1", [plan.id]);
    expect((await as('officer', 'GET', `/inspections/${plan.id}`)).json().backfillLate).toBe(true);
  });
});

describe(`[INSPECTION][TRIGGER] a triggered task closes when a plan takes it up (${dbKind()})`, () => {
  it('closes the task with the plan, once, for the task entity only', async () => {
    const dept = (await env.superQuery("SELECT id FROM departments WHERE code = 'SCJG'")).rows[0] as { id: string };
    const item = (await env.superQuery("SELECT id FROM inspection_items WHERE code = 'SC-JC-001'")).rows[0] as { id: string };
    const task = (
      await env.superQuery(
        `INSERT INTO triggered_tasks (region_code, id, rule_id, item_id, entity_id, department_id, signal_ids, status, created_at)
         VALUES ('430482', gen_random_uuid(), gen_random_uuid(), $1, $2, $3, '{}', 'open', now()) RETURNING id`,
        [item.id, entities[4], dept.id],
      )
    ).rows[0] as { id: string };
    const body = async (entityId: string) => {
      const officerIds = ((await as('officer', 'GET', '/inspection-officers')).json() as { id: string; displayName: string }[])
        .filter((o) => ['张伟', '王芳'].includes(o.displayName))
        .map((o) => o.id);
      return {
        entityId,
        type: 'triggered',
        itemIds: [item.id],
        officerIds,
        windowFrom: '2026-12-01',
        windowTo: '2026-12-03',
        triggeredTaskId: task.id,
      };
    };
    const wrong = await as('officer', 'POST', '/inspections', await body(entities[5] as string));
    expect(wrong.statusCode).toBe(422);
    expect(wrong.json().error.fields[0].path).toBe('triggeredTaskId');
    const taken = await as('officer', 'POST', '/inspections', await body(entities[4] as string));
    expect(taken.statusCode, taken.body).toBe(201);
    const tasks = (await as('officer', 'GET', '/triggered-tasks')).json() as { id: string; status: string }[];
    expect(tasks.find((t) => t.id === task.id)?.status).toBe('closed');
    const twice = await as('officer', 'POST', '/inspections', await body(entities[4] as string));
    expect(twice.statusCode).toBe(422);
    const ev = await env.superQuery('SELECT type, payload FROM events WHERE aggregate_id = $1', [task.id]);
    expect(ev.rows).toEqual([expect.objectContaining({ type: 'triggered_task.taken_up', payload: { planId: taken.json().id } })]);
  });
});

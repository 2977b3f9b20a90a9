import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
const cookie: Record<string, string> = {};
let itemId: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'reviewer', 'supervisor']) {
    cookie[u] = await loginAs(env.app, u);
  }
  const items = (await as('supervisor', 'GET', '/managed-inspection-items')).json() as { id: string; code: string }[];
  itemId = Object.fromEntries(items.map((i) => [i.code, i.id]));
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

describe(`[SETUP][TASK_LIST] the Judicial Bureau keeps the 综合查一次 task list (${dbKind()})`, () => {
  it('adds a mergeable item for an industry as a draft, then publishes it; departments cannot', async () => {
    const entry = { industryCode: 'F5123', itemId: itemId['SC-JC-003'] };
    expect((await as('reviewer', 'POST', '/joint-task-list/entries', entry)).statusCode).toBe(403);
    const r = await as('supervisor', 'POST', '/joint-task-list/entries', entry);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toContainEqual(expect.objectContaining({ ...entry, status: 'draft', industryName: expect.any(String) }));
    const published = await as('supervisor', 'POST', '/joint-task-list/publish');
    expect(published.json()).toContainEqual(expect.objectContaining({ ...entry, status: 'published' }));
    const again = await as('supervisor', 'POST', '/joint-task-list/publish');
    expect(again.json().error).toMatchObject({ code: 'TASK_LIST.NOTHING_TO_PUBLISH' });
    const events = await appRows(env, "SELECT type FROM events WHERE aggregate_type = 'joint_task_list' ORDER BY seq");
    expect(events.map((e) => e.type)).toEqual(['joint_task_list.add', 'joint_task_list.publish']);
  });

  it('refuses fire and safety-production items (常政办发〔2025〕5号 第四项), naming the item', async () => {
    const fire = await as('supervisor', 'POST', '/joint-task-list/entries', { industryCode: 'H62', itemId: itemId['XF-JC-001'] });
    expect(fire.statusCode).toBe(422);
    expect(fire.json().error).toMatchObject({ code: 'TASK_LIST.ITEM_NOT_MERGEABLE', fields: [{ path: 'itemId' }] });
    expect(fire.json().error.message).toContain('消防事项');
    const safety = await as('supervisor', 'POST', '/joint-task-list/entries', { industryCode: 'H62', itemId: itemId['YJ-JC-001'] });
    expect(safety.json().error.message).toContain('安全生产事项');
    const draft = await as('supervisor', 'POST', '/joint-task-list/entries', { industryCode: 'H62', itemId: itemId['SC-JC-099'] });
    expect(draft.json().error).toMatchObject({ code: 'TASK_LIST.ITEM_NOT_PUBLISHED' });
  });
});

describe(`[SETUP][TRIGGER_RULES] the Judicial Bureau keeps the trigger rules (${dbKind()})`, () => {
  it('creates and changes a rule of a non-key item, with its record; a key item is refused', async () => {
    const rule = { itemId: itemId['SC-JC-003'], source: 'monitoring', threshold: 2, windowDays: 14, active: true };
    expect((await as('officer', 'POST', '/trigger-rules', rule)).statusCode).toBe(403);
    const created = await as('supervisor', 'POST', '/trigger-rules', rule);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject(rule);
    const changed = await as('supervisor', 'PUT', `/trigger-rules/${created.json().id}`, { ...rule, threshold: 5, active: false });
    expect(changed.json()).toMatchObject({ threshold: 5, active: false });
    const key = await as('supervisor', 'POST', '/trigger-rules', { ...rule, itemId: itemId['SC-JC-001'] });
    expect(key.statusCode).toBe(422);
    expect(key.json().error).toMatchObject({ code: 'TRIGGER_RULE.KEY_ITEM', fields: [{ path: 'itemId' }] });
    const bad = await as('supervisor', 'POST', '/trigger-rules', { ...rule, windowDays: 0 });
    expect(bad.json().error.fields).toEqual([{ path: 'windowDays', message: '统计期至少1天' }]);
    const events = await appRows(env, 'SELECT type FROM events WHERE aggregate_id = $1 ORDER BY seq', [created.json().id]);
    expect(events.map((e) => e.type)).toEqual(['trigger_rule.create', 'trigger_rule.update']);
  });
});

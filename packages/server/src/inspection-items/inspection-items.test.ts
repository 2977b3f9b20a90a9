import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { appRows } from '../../test/sql';

let env: TestEnv;
const cookie: Record<string, string> = {};
beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'reviewer', 'reviewer2']) {
    cookie[u] = await loginAs(env.app, u);
  }
});
afterAll(async () => {
  await env.close();
});

function as(user: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

const item = {
  code: 'SC-JC-101',
  name: '食品经营许可证公示情况检查',
  legalBasis: '《食品安全法》第三十五条',
  checklist: ['许可证是否在有效期内', '是否在显著位置公示'],
  key: true,
  category: 'general',
  mergeable: true,
  scheduleEveryMonths: 12,
};

describe(`[SETUP][ITEMS] a department's reviewer maintains its inspection items (${dbKind()})`, () => {
  let id = '';
  it('creates an item unpublished, with its ordered checklist and the key item schedule; officers may not', async () => {
    expect((await as('officer', 'POST', '/managed-inspection-items', item)).statusCode).toBe(403);
    const r = await as('reviewer', 'POST', '/managed-inspection-items', item);
    expect(r.statusCode, r.body).toBe(201);
    expect(r.json()).toMatchObject({ ...item, published: false, version: 1, departmentName: '常宁市市场监督管理局' });
    id = r.json().id;
    // Not plannable before it is published.
    const plannable = (await as('officer', 'GET', '/inspection-items')).json() as { id: string; published: boolean }[];
    expect(plannable.find((i) => i.id === id)?.published).toBe(false);
  });

  it('answers 422 naming the field: a key item without schedule, a safety item offered for merging', async () => {
    const noSchedule = await as('reviewer', 'POST', '/managed-inspection-items', { ...item, code: 'SC-JC-102', scheduleEveryMonths: null });
    expect(noSchedule.statusCode).toBe(422);
    expect(noSchedule.json().error.fields[0]).toMatchObject({ path: 'scheduleEveryMonths' });
    const safety = await as('reviewer', 'POST', '/managed-inspection-items', { ...item, code: 'SC-JC-103', category: 'safety_production' });
    expect(safety.json().error.fields[0]).toEqual({
      path: 'mergeable',
      message: '安全生产、消防领域的事项不纳入“综合查一次”（常政办发〔2025〕5号 第四项）',
    });
  });

  it("edits with the version (stale is 409) and keeps another department's reviewer out (404)", async () => {
    const edited = { ...item, checklist: [...item.checklist, '从业人员健康证明'], scheduleEveryMonths: 6 };
    const r = await as('reviewer', 'PUT', `/managed-inspection-items/${id}`, { version: 1, item: edited });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({ checklist: edited.checklist, scheduleEveryMonths: 6, version: 2 });
    expect((await as('reviewer', 'PUT', `/managed-inspection-items/${id}`, { version: 1, item: edited })).statusCode).toBe(409);
    expect((await as('reviewer2', 'PUT', `/managed-inspection-items/${id}`, { version: 2, item: edited })).statusCode).toBe(404);
    expect((await as('reviewer2', 'POST', `/managed-inspection-items/${id}/publish`)).statusCode).toBe(404);
  });

  it('publishes: the officers can then plan it; the change is on record', async () => {
    const r = await as('reviewer', 'POST', `/managed-inspection-items/${id}/publish`);
    expect(r.json()).toMatchObject({ published: true, version: 3 });
    const plannable = (await as('officer', 'GET', '/inspection-items')).json() as { id: string; published: boolean }[];
    expect(plannable.find((i) => i.id === id)?.published).toBe(true);
    const events = await appRows(env, 'SELECT type FROM events WHERE aggregate_id = $1 ORDER BY seq', [id]);
    expect(events.map((e) => e.type)).toEqual(['inspection_item.create', 'inspection_item.update', 'inspection_item.publish']);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { seedProductionAdmin } from '../seed/demo-seed';

const PASSWORD = 'Admin#Setup2026';
let env: TestEnv;
let admin: string;
beforeAll(async () => {
  env = await createTestEnv({ empty: true });
  await seedProductionAdmin(env.ctx.db, '430482', PASSWORD, env.clock.now);
  admin = await loginAs(env.app, 'admin', PASSWORD);
});
afterAll(async () => {
  await env.close();
});

const status = async () => (await env.app.inject({ method: 'GET', url: '/api/v1/setup-status', headers: { cookie: admin } })).json();

describe(`[SETUP][FIRST_RUN] what an empty production install still lacks (${dbKind()})`, () => {
  it('lists everything as missing on an empty database but the shipped calendar, each with where to set it up', async () => {
    const s = await status();
    expect(s.ready).toBe(false);
    const missing = s.checks.filter((c: { done: boolean }) => !c.done).map((c: { check: string; link: string }) => [c.check, c.link]);
    expect(missing).toEqual([
      ['enforcement_department', '/admin/departments'],
      ['judicial_department', '/admin/departments'],
      ['reviewer', '/admin/users'],
      ['certified_officers', '/admin/users'],
      ['published_item', '/inspections/items'],
      ['task_list', '/inspections/task-list'],
      ['trigger_rule', '/inspections/trigger-rules'],
      ['entity', '/entities/import'],
      ['holiday_next_year', '/admin/holiday-arrangements'],
    ]);
    expect(s.checks.find((c: { check: string }) => c.check === 'holiday_next_year').detail).toBe(
      '2027年节假日安排未录入，跨年的工作日期限将无法计算',
    );
  });

  it('ticks a check off once it is set up', async () => {
    const r = await env.app.inject({
      method: 'POST',
      url: '/api/v1/departments',
      headers: { cookie: admin },
      payload: { name: '常宁市市场监督管理局', regionCode: '430482', kind: 'enforcement', docPrefix: '常市监' },
    });
    expect(r.statusCode, r.body).toBe(201);
    const s = await status();
    expect(s.checks.find((c: { check: string }) => c.check === 'enforcement_department')).toMatchObject({
      done: true,
      detail: '执法部门 1 个',
    });
    expect(s.ready).toBe(false);
  });

  it('is the system administrator’s page only', async () => {
    const anon = await env.app.inject({ method: 'GET', url: '/api/v1/setup-status' });
    expect(anon.statusCode).toBe(401);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import ExcelJS from '../imports/exceljs';
import { storedCounts } from './indicator-counts.repository';
import { rebuildIndicatorCounts } from './maintain';
import { flushRecounts } from './recount-after-commit';

/**
 * The 督导考评 figures are written with the records (issue 12 item 2): after every write through the real use cases
 * (check-in, merge) the stored figures equal a rebuild from the records, the overview shows them, and the
 * drill-down lists exactly the visits counted (item 1).
 */
let env: TestEnv;
const cookie: Record<string, string> = {};
const REGION = '430482';
const dept: Record<string, string> = {};

function as(user: string, method: 'GET' | 'POST', url: string, payload?: object) {
  return env.app.inject({ method, url: `/api/v1${url}`, headers: { cookie: cookie[user] as string }, ...(payload ? { payload } : {}) });
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['officer', 'reviewer', 'officer4', 'reviewer2', 'supervisor']) {
    cookie[u] = await loginAs(env.app, u);
  }
  for (const code of ['SCJG', 'WSJK']) {
    dept[code] = ((await env.superQuery('SELECT id FROM departments WHERE code = $1', [code])).rows[0] as { id: string }).id;
  }
});
afterAll(async () => {
  await env.close();
});

async function approvedPlan(planner: string, approver: string, entityId: string, itemCode: string): Promise<string> {
  const items = ((await as(planner, 'GET', '/inspection-items')).json() as { id: string; code: string }[]).filter(
    (i) => i.code === itemCode,
  );
  const officers = ((await as(planner, 'GET', '/inspection-officers')).json() as { id: string }[]).map((o) => o.id);
  const created = await as(planner, 'POST', '/inspections', {
    entityId,
    type: 'routine',
    itemIds: items.map((i) => i.id),
    officerIds: officers,
    windowFrom: '2026-11-28',
    windowTo: '2026-12-02',
  });
  expect(created.statusCode, created.body).toBe(201);
  const approved = await as(approver, 'POST', `/inspections/${created.json().id}/approve`);
  expect(approved.statusCode, approved.body).toBe(200);
  return created.json().id;
}

async function checkIn(user: string, planId: string) {
  const r = await as(user, 'POST', `/inspections/${planId}/check-in`, { location: null });
  expect(r.statusCode, r.body).toBe(200);
}

/** The stored figures (the marked months recounted now), then a rebuild from the records: the two must be equal. */
async function expectIncrementalEqualsRebuild() {
  await flushRecounts(env.ctx.db);
  const incremental = await storedCounts(env.ctx.db, REGION);
  await rebuildIndicatorCounts(env.ctx.db, REGION, env.ctx.now().toISOString());
  expect(incremental).toEqual(await storedCounts(env.ctx.db, REGION));
  return incremental;
}

type Figure = { numerator: number; denominator: number; value: number | null };
type Overview = { indicators: { key: string; cityWide: Figure; departments: (Figure & { departmentId: string })[] }[] };

async function jointRate(user: string, period = '2026-11') {
  const r = await as(user, 'GET', `/indicators/overview?period=${period}`);
  expect(r.statusCode, r.body).toBe(200);
  const i = (r.json() as Overview).indicators.find((x) => x.key === 'joint-rate');
  if (!i) {
    throw new Error('no joint-rate indicator');
  }
  return { city: i.cityWide, by: Object.fromEntries(i.departments.map((d) => [d.departmentId, d])) };
}

describe(`[INDICATOR][COUNTS] figures kept with the records, drill-down, scope (${dbKind()})`, () => {
  let food: string;
  let health: string;
  let other: string;

  it('keeps the 综合查一次 figures current through check-in and merge, equal to a rebuild after every write', async () => {
    const catering = (await as('officer', 'GET', '/entities?industryCode=H62&pageSize=10')).json().items as { id: string; name: string }[];
    const foodMfg = (await as('officer', 'GET', '/entities?industryCode=C13&pageSize=10')).json().items as { id: string }[];
    const target = catering.find((e) => !e.name.includes('隆辉'))?.id as string;
    food = await approvedPlan('officer', 'reviewer', target, 'SC-JC-001');
    health = await approvedPlan('officer4', 'reviewer2', target, 'WS-JC-001');
    other = await approvedPlan('officer', 'reviewer', (foodMfg[0] ?? catering[0])?.id as string, 'SC-JC-002');
    expect(await storedCounts(env.ctx.db, REGION)).toEqual([]);

    await checkIn('officer', other);
    expect(await expectIncrementalEqualsRebuild()).toHaveLength(2);
    expect((await jointRate('supervisor')).city).toEqual({ numerator: 0, denominator: 1, value: 0 });

    const merged = await as('officer', 'POST', `/inspections/${food}/merge`, { otherPlanId: health });
    expect(merged.statusCode, merged.body).toBe(200);
    await checkIn('officer', food);
    await expectIncrementalEqualsRebuild();
    expect((await jointRate('supervisor')).city).toEqual({ numerator: 0, denominator: 2, value: 0 });

    await checkIn('officer4', health);
    await expectIncrementalEqualsRebuild();
    const after = await jointRate('supervisor');
    expect(after.city).toEqual({ numerator: 1, denominator: 2, value: 0.5 });
    expect(after.by[dept.SCJG as string]).toMatchObject({ numerator: 1, denominator: 2 });
    expect(after.by[dept.WSJK as string]).toMatchObject({ numerator: 1, denominator: 1, value: 1 });
    // The year sums the months.
    expect((await jointRate('supervisor', '2026')).city).toEqual(after.city);
    expect((await jointRate('supervisor', '2026-10')).city).toEqual({ numerator: 0, denominator: 0, value: null });
  });

  it('lists exactly the visits behind a department figure, as the joint-rate drill-down counts them', async () => {
    const r = await as('supervisor', 'GET', `/indicators/joint-rate/records?period=2026-11&departmentId=${dept.SCJG}`);
    expect(r.statusCode, r.body).toBe(200);
    const visits = r.json() as { joint: boolean; planIds: string[] }[];
    const fig = (await jointRate('supervisor')).by[dept.SCJG as string] as Figure;
    expect(visits).toHaveLength(fig.denominator);
    expect(visits.filter((v) => v.joint)).toHaveLength(fig.numerator);
    expect(visits.flatMap((v) => v.planIds).sort()).toEqual([food, health, other].sort());
    const same = await as(
      'supervisor',
      'GET',
      `/inspection-metrics/joint-rate/visits?from=2026-11-01&to=2026-11-30&departmentId=${dept.SCJG}`,
    );
    expect(visits).toEqual(same.json());
    expect((await as('supervisor', 'GET', '/indicators/no-such/records?period=2026-11')).statusCode).toBe(404);
    const bad = await as('supervisor', 'GET', '/indicators/joint-rate/records?period=2026-13');
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain('统计期间');
  });

  it('shows a department its own figure only; another department’s drill-down is out of scope', async () => {
    const own = await jointRate('officer4');
    expect(Object.keys(own.by)).toEqual([dept.WSJK]);
    expect(own.city).toMatchObject({ numerator: 1, denominator: 2 });
    expect((await as('officer4', 'GET', `/indicators/joint-rate/records?period=2026-11&departmentId=${dept.SCJG}`)).statusCode).toBe(404);
    expect((await as('officer4', 'GET', `/indicators/joint-rate/records?period=2026-11&departmentId=${dept.WSJK}`)).json()).toHaveLength(1);
  });

  it('exports the overview table as .xlsx with the figures of the page', async () => {
    const r = await as('supervisor', 'GET', '/indicators/overview.xlsx?period=2026-11');
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    wb.worksheets[0]?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]).toEqual(['指标', '部门', '分子', '分母', '数值', '目标']);
    expect(rows).toContainEqual(['“综合查一次”实施率', '全市', 1, 2, '50.0%', '20.0%']);
    expect(rows).toContainEqual(['“综合查一次”实施率', '常宁市卫生健康局', 1, 1, '100.0%', '20.0%']);
  });
});

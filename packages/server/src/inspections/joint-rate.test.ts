import type { JointRateFigure } from '@rouxing/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, dbKind, loginAs, type TestEnv } from '../../test/harness';
import { deleteRegionCounts, jointRateMonthsOfPlans, storedCounts } from '../indicators/indicator-counts.repository';
import { rebuildIndicatorCounts, refreshAfterPlanWrite } from '../indicators/maintain';
import { lonePlanMonths } from '../indicators/recount-after-commit';
import { lockPlan } from './inspection-plan.repository';
import { jointRateFigures, jointRateOf } from './joint-rate';

/**
 * A fixture of known inspections in May 2024 (no demo plan falls in that year), counted by hand:
 *
 * | visit | entity (class)        | departments          | first check-in (Asia/Shanghai) | counted        |
 * |-------|-----------------------|----------------------|--------------------------------|----------------|
 * | J1    | catering H6210        | SCJG + WSJK          | 05-10                          | joint          |
 * | J2    | drug retail F5251     | SCJG + WSJK + CGZF   | 05-31 23:30 (WSJK 06-01)       | joint          |
 * | S1    | food mfg C1310        | SCJG                 | 05-03                          | single         |
 * | S2    | drug mfg C2710        | WSJK                 | 05-20                          | single         |
 * | S3    | food retail F5221     | CGZF                 | 05-21                          | single         |
 * | S4    | catering H6210        | WSJK                 | 05-25                          | single         |
 * | S5    | food mfg C1310        | SCJG                 | 05-01 07:00 (04-30 23:00 UTC)  | single         |
 * | O1    | metal C3311           | SCJG + WSJK          | 05-12                          | outside classes|
 * | O2    | hotel I6510… (H61)    | SCJG                 | 05-13                          | outside classes|
 * | N1    | food mfg C1310        | SCJG                 | approved, never checked in     | no             |
 * | Q1    | drug retail F5251     | WSJK                 | 06-01 00:30 (05-31 16:30 UTC)  | June           |
 *
 * City-wide 2 joint of 7; SCJG J1 J2 S1 S5 → 2/4; WSJK J1 J2 S2 S4 → 2/4; CGZF J2 S3 → 1/2.
 */
let env: TestEnv;
const cookie: Record<string, string> = {};
const dept: Record<string, string> = {};
const ids: Record<string, string> = {};
const REGION = '430482';

async function one<T>(sql: string, params: unknown[] = []): Promise<T> {
  return (await env.superQuery(sql, params)).rows[0] as T;
}

async function entity(key: string, industryCode: string): Promise<string> {
  const r = await one<{ id: string }>(
    `INSERT INTO entities (region_code, id, uscc, name, entity_type, legal_representative, industry_code, address, search_text, search_grams)
     VALUES ($1, gen_random_uuid(), $2, $3, 'enterprise', '某某', $4, '常宁市', '', '{}') RETURNING id`,
    [REGION, `91430482MA4JR${key.padStart(5, '0')}`, `综合查一次样本${key}`, industryCode],
  );
  return r.id;
}

async function plan(key: string, entityId: string, d: string, checkedInAt: string | null, group: string | null = null) {
  const user = await one<{ id: string }>("SELECT id FROM users WHERE username = 'officer'");
  const r = await one<{ id: string }>(
    `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name,
       checked_in_at, joint_group_id)
     VALUES ($1, gen_random_uuid(), $2, $3, 'routine', $4, '2024-04-25', '2024-06-05', $5, '张伟', $6, $7) RETURNING id`,
    [REGION, dept[d], entityId, checkedInAt ? 'completed' : 'approved', user.id, checkedInAt, group],
  );
  ids[key] = r.id;
  return r.id;
}

beforeAll(async () => {
  env = await createTestEnv();
  for (const u of ['supervisor', 'officer', 'officer4']) {
    cookie[u] = await loginAs(env.app, u);
  }
  for (const code of ['SCJG', 'WSJK', 'CGZF']) {
    dept[code] = (await one<{ id: string }>('SELECT id FROM departments WHERE code = $1', [code])).id;
  }
  const e = {
    cater: await entity('1', 'H6210'),
    drugRetail: await entity('2', 'F5251'),
    foodMfg: await entity('3', 'C1310'),
    drugMfg: await entity('4', 'C2710'),
    foodRetail: await entity('5', 'F5221'),
    metal: await entity('6', 'C3311'),
    hotel: await entity('7', 'H6110'),
  };
  const g1 = '01900000-0000-7000-8000-000000000001';
  const g2 = '01900000-0000-7000-8000-000000000002';
  const go = '01900000-0000-7000-8000-000000000003';
  await plan('J1a', e.cater, 'SCJG', '2024-05-10T01:00:00Z', g1);
  await plan('J1b', e.cater, 'WSJK', '2024-05-10T01:05:00Z', g1);
  await plan('J2a', e.drugRetail, 'SCJG', '2024-05-31T15:30:00Z', g2);
  await plan('J2b', e.drugRetail, 'WSJK', '2024-06-01T01:00:00Z', g2);
  await plan('J2c', e.drugRetail, 'CGZF', '2024-06-01T01:00:00Z', g2);
  await plan('S1', e.foodMfg, 'SCJG', '2024-05-03T02:00:00Z');
  await plan('S2', e.drugMfg, 'WSJK', '2024-05-20T02:00:00Z');
  await plan('S3', e.foodRetail, 'CGZF', '2024-05-21T02:00:00Z');
  await plan('S4', e.cater, 'WSJK', '2024-05-25T02:00:00Z');
  await plan('S5', e.foodMfg, 'SCJG', '2024-04-30T23:00:00Z');
  await plan('O1a', e.metal, 'SCJG', '2024-05-12T02:00:00Z', go);
  await plan('O1b', e.metal, 'WSJK', '2024-05-12T02:00:00Z', go);
  await plan('O2', e.hotel, 'SCJG', '2024-05-13T02:00:00Z');
  await plan('N1', e.foodMfg, 'SCJG', null);
  await plan('Q1', e.drugRetail, 'WSJK', '2024-05-31T16:30:00Z');
});
afterAll(async () => {
  await env.close();
});

function get(user: string, url: string) {
  return env.app.inject({ method: 'GET', url: `/api/v1${url}`, headers: { cookie: cookie[user] as string } });
}

const MAY = 'from=2024-05-01&to=2024-05-31';

describe(`[INDICATOR][JOINT] the 综合查一次 rate of a fixture equals the hand count (${dbKind()})`, () => {
  it('city-wide and per department, for the Judicial Bureau', async () => {
    const r = await get('supervisor', `/inspection-metrics/joint-rate?${MAY}`);
    expect(r.statusCode, r.body).toBe(200);
    const report = r.json();
    expect(report.cityWide).toEqual({ joint: 2, total: 7, rate: 2 / 7 });
    expect(report.target).toBe(0.2);
    expect(report.classes).toEqual(['C13', 'C14', 'C15', 'F512', 'F522', 'C27', 'F515', 'F525', 'H62']);
    const by = Object.fromEntries(report.departments.map((d: { departmentId: string }) => [d.departmentId, d]));
    expect(by[dept.SCJG as string]).toMatchObject({ departmentName: '常宁市市场监督管理局', joint: 2, total: 4, rate: 0.5 });
    expect(by[dept.WSJK as string]).toMatchObject({ joint: 2, total: 4, rate: 0.5 });
    expect(by[dept.CGZF as string]).toMatchObject({ joint: 1, total: 2, rate: 0.5 });
    expect(report.departments).toHaveLength(3);
  });

  it('the recount reads the same visits one row each: its figures equal those from the plans’ rows, month by month and for the year', async () => {
    const plain = (f: JointRateFigure) => ({ joint: f.joint, total: f.total, jointIds: f.jointIds, totalIds: f.totalIds });
    for (const period of [
      { from: '2024-04-01', to: '2024-04-30' },
      { from: '2024-05-01', to: '2024-05-31' },
      { from: '2024-06-01', to: '2024-06-30' },
      { from: '2024-01-01', to: '2024-12-31' },
    ]) {
      const { rate } = await jointRateOf(env.ctx.db, REGION, period);
      const figures = await jointRateFigures(env.ctx.db, REGION, period);
      expect(plain(figures.cityWide), period.from).toEqual(plain(rate.cityWide));
      expect(new Map([...figures.byDepartment].map(([d, f]) => [d, plain(f)])), period.from).toEqual(
        new Map([...rate.byDepartment].map(([d, f]) => [d, plain(f)])),
      );
    }
    // May by hand (the table above): 2 joint of 7; the joint visits J1 and J2 among them.
    const may = await jointRateFigures(env.ctx.db, REGION, { from: '2024-05-01', to: '2024-05-31' });
    expect([may.cityWide.joint, may.cityWide.total]).toEqual([2, 7]);
  });

  it('lists the inspections behind each figure', async () => {
    const city = (await get('supervisor', `/inspection-metrics/joint-rate/visits?${MAY}`)).json();
    expect(city).toHaveLength(7);
    const joint = (await get('supervisor', `/inspection-metrics/joint-rate/visits?${MAY}&joint=true`)).json();
    expect(joint.map((v: { planIds: string[] }) => v.planIds.sort()).sort()).toEqual(
      [[ids.J1a, ids.J1b].sort(), [ids.J2a, ids.J2b, ids.J2c].sort()].sort(),
    );
    const j2 = joint.find((v: { planIds: string[] }) => v.planIds.includes(ids.J2a as string));
    expect(j2).toMatchObject({ checkedInOn: '2024-05-31', industryCode: 'F5251', joint: true });
    expect(j2.departmentNames).toHaveLength(3);
    const cgzf = (await get('supervisor', `/inspection-metrics/joint-rate/visits?${MAY}&departmentId=${dept.CGZF}`)).json();
    expect(cgzf.flatMap((v: { planIds: string[] }) => v.planIds).sort()).toEqual([ids.J2a, ids.J2b, ids.J2c, ids.S3].sort());
    const s5 = city.find((v: { planIds: string[] }) => v.planIds.includes(ids.S5 as string));
    expect(s5.checkedInOn).toBe('2024-05-01');
    const june = (await get('supervisor', '/inspection-metrics/joint-rate/visits?from=2024-06-01&to=2024-06-30')).json();
    expect(june.flatMap((v: { planIds: string[] }) => v.planIds)).toEqual([ids.Q1]);
  });

  it('a department sees the city-wide figure and its own, and drills into its own only', async () => {
    const r = (await get('officer4', `/inspection-metrics/joint-rate?${MAY}`)).json();
    expect(r.cityWide).toEqual({ joint: 2, total: 7, rate: 2 / 7 });
    expect(r.departments).toEqual([expect.objectContaining({ departmentId: dept.WSJK, joint: 2, total: 4 })]);
    expect((await get('officer4', `/inspection-metrics/joint-rate/visits?${MAY}`)).json()).toHaveLength(4);
    expect((await get('officer4', `/inspection-metrics/joint-rate/visits?${MAY}&departmentId=${dept.SCJG}`)).statusCode).toBe(404);
  });

  it('the year indicator uses the same definition', async () => {
    // The year 2024: May's seven and Q1 of June 1.
    const m = (await get('supervisor', '/inspection-metrics?year=2024')).json();
    expect(m.foodDrugCatering).toMatchObject({ visits: 8, jointVisits: 2, jointRate: 0.25 });
    const health = (await get('officer4', '/inspection-metrics?year=2024')).json();
    expect(health.foodDrugCatering).toMatchObject({ visits: 5, jointVisits: 2 });
    // The department's own visits, joint ones with the other departments counted (issue 14, defect 5):
    // WSJK took part in J1, J2, O1 (joint), S2, S4, Q1.
    expect(health).toMatchObject({ scope: 'department', visits: 6, jointVisits: 3 });
  });

  it('a write to a visit checked in across a month boundary recounts both months, as a rebuild does', async () => {
    // J2 was first checked in on May 31 at 23:30 Beijing time (15:30 UTC), its other plans on June 1: the write to J2c
    // (checked in in June) recounts May and June from the records found by the check-in instants of each month;
    // May counts J2 (with all three plans, two of them checked in after May), June does not — only Q1
    // (June 1, 00:30 Beijing, still May 31 in UTC). S5 (May 1, 07:00 Beijing, April 30 in UTC) leaves April empty.
    await deleteRegionCounts(env.ctx.db, REGION);
    await refreshAfterPlanWrite(env.ctx.db, REGION, [ids.J2c as string], env.ctx.now().toISOString());
    const of2024 = async () => (await storedCounts(env.ctx.db, REGION)).filter((r) => r.month.startsWith('2024-'));
    const incremental = await of2024();
    const expected = [
      { month: '2024-05', departmentId: '', numerator: 2, denominator: 7 },
      { month: '2024-05', departmentId: dept.SCJG, numerator: 2, denominator: 4 },
      { month: '2024-05', departmentId: dept.WSJK, numerator: 2, denominator: 4 },
      { month: '2024-05', departmentId: dept.CGZF, numerator: 1, denominator: 2 },
      { month: '2024-06', departmentId: '', numerator: 0, denominator: 1 },
      { month: '2024-06', departmentId: dept.WSJK, numerator: 0, denominator: 1 },
    ].map((r) => ({ indicator: 'joint-rate', ...r }));
    expect(incremental).toHaveLength(expected.length);
    expect(incremental).toEqual(expect.arrayContaining(expected));
    await rebuildIndicatorCounts(env.ctx.db, REGION, env.ctx.now().toISOString());
    expect(await of2024()).toEqual(incremental);
    const june = (await get('supervisor', '/indicators/joint-rate/records?period=2024-06')).json();
    expect(june.flatMap((v: { planIds: string[] }) => v.planIds)).toEqual([ids.Q1]);
  });

  it('recounts no month after a write to a visit outside the classes (it is in no figure), and the visit’s months otherwise', async () => {
    const months = (keys: string[]) =>
      jointRateMonthsOfPlans(
        env.ctx.db,
        REGION,
        keys.map((k) => ids[k] as string),
      );
    expect(await months(['O1a'])).toEqual([]);
    expect(await months(['O2'])).toEqual([]);
    expect(await months(['N1'])).toEqual([]);
    expect(await months(['S1'])).toEqual(['2024-05']);
    expect(await months(['J2c'])).toEqual(['2024-05', '2024-06']);
    expect(await months(['O1b', 'S4'])).toEqual(['2024-05']);
  });

  it('knows the months of a plan in no joint group from its locked read, as jointRateMonthsOfPlans reads them', async () => {
    const lone = Object.keys(ids).filter((k) => !/^(J|O1)/.test(k));
    expect(lone).toEqual(['S1', 'S2', 'S3', 'S4', 'S5', 'O2', 'N1', 'Q1']);
    const known: Record<string, string[]> = {};
    const read: Record<string, string[]> = {};
    for (const k of lone) {
      const id = ids[k] as string;
      const locked = await env.ctx.db.transaction((tx) => lockPlan(tx, REGION, id));
      expect(locked?.jointGroupId).toBeNull();
      known[k] = lonePlanMonths({ checkedInAt: locked?.checkedInAt ?? null, entityIndustryCode: locked?.entityIndustryCode ?? '' });
      read[k] = await jointRateMonthsOfPlans(env.ctx.db, REGION, [id]);
    }
    expect(known).toEqual(read);
    // S5: 07:00 in Beijing on May 1 (April 30 in UTC); Q1: 00:30 on June 1 (May 31 in UTC); O2 outside; N1 not checked in.
    expect(known).toMatchObject({ S5: ['2024-05'], Q1: ['2024-06'], O2: [], N1: [] });
  });
});

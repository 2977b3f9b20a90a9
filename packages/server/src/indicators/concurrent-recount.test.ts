/**
 * Check-ins at once in one month (issue 15 item 5). When each recounted the month's 综合查一次 figures in its
 * transaction without the month's lock, two recounts each counted the records without the other's check-in and
 * both replaced the month's rows — a duplicate key (500) for one officer, or a stored figure missing a check-in.
 * Now the check-ins mark the month and share recounts at most one a `RECOUNT_INTERVAL_MS` (decision 0020): the
 * figure still gains every check-in, in a handful of recounts. On PostgreSQL the requests run on the pool's
 * connections at the same time; PGlite runs them one after another.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestEnv, loginAs, type TestEnv } from '../../test/harness';
import { storedCounts } from './indicator-counts.repository';
import { rebuildIndicatorCounts } from './maintain';
import { flushRecounts, recountsStarted } from './recount-after-commit';

let env: TestEnv;
let cookie: string;
const REGION = '430482';
const PLANS = 24;

beforeAll(async () => {
  // The harness's clock: 2026-11-28 10:00 in Asia/Shanghai, so every check-in falls in 2026-11.
  env = await createTestEnv();
  cookie = await loginAs(env.app, 'officer');
});

afterAll(async () => {
  await env?.close();
});

describe('check-ins of one month at once', () => {
  it('each answer 200, and the stored figures are the ones a rebuild gives', async () => {
    const officer = (await env.superQuery("SELECT id, department_id AS dept FROM users WHERE username = 'officer'")).rows[0] as {
      id: string;
      dept: string;
    };
    // Caterers (H6210): inside the classes the rate counts, so each check-in is a visit of the month's figure.
    const entities = (
      await env.superQuery(
        `INSERT INTO entities (region_code, id, uscc, name, entity_type, legal_representative, industry_code, address, search_text, search_grams)
         SELECT $1, gen_random_uuid(), '91430482MA4JC' || lpad(i::text, 5, '0'), '同时签到样本' || i, 'enterprise', '某某', 'H6210', '常宁市', '', '{}'
         FROM generate_series(1, $2::int) AS i RETURNING id`,
        [REGION, PLANS],
      )
    ).rows.map((r) => (r as { id: string }).id);
    const ids = (
      await env.superQuery(
        `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name,
           approved_by, approved_by_name, approved_at)
         SELECT $1, gen_random_uuid(), $2, e, 'routine', 'approved', '2026-11-20', '2026-12-05', $3, '张伟', $3, '张伟', now()
         FROM unnest($4::uuid[]) AS e RETURNING id`,
        [REGION, officer.dept, officer.id, entities],
      )
    ).rows.map((r) => (r as { id: string }).id);
    await env.superQuery(
      `INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name)
       SELECT $1, id, $2, '张伟', '43048224001', '常宁市市场监督管理局' FROM unnest($3::uuid[]) AS id`,
      [REGION, officer.id, ids],
    );
    expect(ids).toHaveLength(PLANS);
    const before = (await storedCounts(env.ctx.db, REGION)).filter((r) => r.indicator === 'joint-rate' && r.month === '2026-11');

    const runsBefore = recountsStarted(env.ctx.db);
    const answers = await Promise.all(
      ids.map((id) =>
        env.app.inject({
          method: 'POST',
          url: `/api/v1/inspections/${id}/check-in`,
          headers: { cookie },
          payload: { location: { latitude: 26.42, longitude: 112.4, accuracy: 15 } },
        }),
      ),
    );
    expect(answers.map((a) => a.statusCode)).toEqual(ids.map(() => 200));

    // Every check-in is a visit of its own (no joint group) in the counted classes: the month gains all of them,
    // within seconds and without anyone asking (no flush), in a few recounts shared by the check-ins.
    const cityWideBefore = before.find((r) => r.departmentId === '')?.denominator ?? 0;
    const cityWide = async () =>
      (await storedCounts(env.ctx.db, REGION)).find((r) => r.indicator === 'joint-rate' && r.month === '2026-11' && r.departmentId === '')
        ?.denominator;
    await expect.poll(cityWide, { timeout: 5_000, interval: 100 }).toBe(cityWideBefore + PLANS);
    await flushRecounts(env.ctx.db);
    expect(recountsStarted(env.ctx.db) - runsBefore).toBeLessThanOrEqual(4);
    const kept = await storedCounts(env.ctx.db, REGION);
    await rebuildIndicatorCounts(env.ctx.db, REGION, env.ctx.now().toISOString());
    expect(await storedCounts(env.ctx.db, REGION)).toEqual(kept);
  });
});

/**
 * `npm run bench -- dashboard [--entities N] [--visits N] [--requests N] [--checkins N]`: the 督导考评 dashboard on a
 * county-sized dataset on PostgreSQL (default 20,000 entities, 5,000 inspection visits of 2026 across the enforcement
 * departments, a quarter of them joint). Measures over HTTP the overview of the year (`/indicators/overview`, read
 * from the kept `indicator_counts`) and the drill-down (`/indicators/joint-rate/records`, computed from the records),
 * p50/p95; and the cost a write pays to keep the figures: check-ins over HTTP, and the recount inside them
 * (`refreshAfterPlanWrite`, timed alone in a rolled-back transaction). Anchor, in the same run: the year's figures
 * computed by rescanning the records (`jointRateOf`, what the overview would cost without the kept figures).
 * Needs BENCH_DATABASE_URL or TEST_DATABASE_URL (a superuser URL).
 */
import { type AppContext, buildApp, jointRateOf, newId, rebuildIndicatorCounts, refreshAfterPlanWrite } from '@rouxing/server';
import pg from 'pg';
import { numberArg, withSeededDatabase } from './bench-db';
import { copyEntities } from './generate';
import { load } from './load';
import type { BenchResult } from './run';

const REGION = '430482';
const FOOD = "e.industry_code ~ '^(C13|C14|C15|F512|F522|C27|F515|F525|H62)'";

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(p * s.length))] as number;
};

/** `visits` checked-in visits of 2026 (Jan–Nov), a quarter joint (two departments' plans in one group). */
async function insertVisits(ctx: AppContext, visits: number): Promise<void> {
  const depts = (
    await ctx.db.query<{ id: string }>(`SELECT id FROM departments WHERE region_code = $1 AND kind = 'enforcement' ORDER BY code`, [REGION])
  ).rows.map((r) => r.id);
  const user = (await ctx.db.query<{ id: string }>(`SELECT id FROM users WHERE username = 'officer'`)).rows[0]?.id as string;
  await ctx.db.query(
    // The entities of the classes numbered once (an OFFSET per visit rescanned them: quadratic at 100,000 visits).
    `WITH f AS (
       SELECT e.id, row_number() OVER (ORDER BY e.ctid) - 1 AS i FROM entities e WHERE e.region_code = $1 AND ${FOOD}),
     v AS (
       SELECT n, gen_random_uuid() AS grp, f.id AS entity,
         timestamptz '2026-01-01 09:00+08' + ((n::bigint * 104729) % 330) * interval '1 day' AS at
       FROM generate_series(1, $2::int) AS n JOIN f ON f.i = (n::bigint * 7919) % greatest(1, $4::int))
     INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, joint_group_id,
       created_by, created_by_name, approved_by, approved_by_name, approved_at, checked_in_at)
     SELECT $1, CASE WHEN k = 0 THEN v.grp ELSE gen_random_uuid() END, ($3::uuid[])[1 + ((v.n + k) % cardinality($3::uuid[]))], v.entity,
       'routine', 'checked_in', v.at::date, v.at::date + 7, CASE WHEN v.n % 4 = 0 THEN v.grp END, $5, '基准', $5, '基准', v.at, v.at + k * interval '1 hour'
     FROM v CROSS JOIN LATERAL generate_series(0, CASE WHEN v.n % 4 = 0 THEN 1 ELSE 0 END) AS k
     WHERE v.entity IS NOT NULL`,
    [
      REGION,
      visits,
      depts,
      (await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM entities e WHERE region_code = $1 AND ${FOOD}`, [REGION])).rows[0]
        ?.n ?? 0,
      user,
    ],
  );
}

/** `n` approved plans of today for the officer, to be checked in over HTTP. */
async function approvedPlansOfToday(ctx: AppContext, n: number): Promise<string[]> {
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const { officerId, deptId } = (
    await ctx.db.query<{ officerId: string; deptId: string }>(
      `SELECT id AS "officerId", department_id AS "deptId" FROM users WHERE username = 'officer'`,
    )
  ).rows[0] as { officerId: string; deptId: string };
  const ids = Array.from({ length: n }, () => newId());
  await ctx.db.query(
    `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, created_by, created_by_name,
       approved_by, approved_by_name, approved_at)
     SELECT $1, p.id, $3, (SELECT e.id FROM entities e WHERE e.region_code = $1 AND ${FOOD} OFFSET p.n LIMIT 1), 'routine', 'approved', $4::date, $4::date + 7,
       $5, '基准', $5, '基准', now()
     FROM unnest($2::uuid[]) WITH ORDINALITY AS p(id, n)`,
    [REGION, ids, deptId, today, officerId],
  );
  await ctx.db.query(
    `INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name)
     SELECT $1, id, $3, '张伟', '43048224001', '常宁市市场监督管理局' FROM unnest($2::uuid[]) AS id`,
    [REGION, ids, officerId],
  );
  return ids;
}

/** The recount a check-in pays, alone: `refreshAfterPlanWrite` of each plan in a transaction rolled back. */
async function recountTimes(url: string, planIds: string[]): Promise<number[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const q = { query: (sql: string, params?: unknown[]) => client.query(sql, params as unknown[]) } as unknown as Parameters<
    typeof refreshAfterPlanWrite
  >[0];
  const times: number[] = [];
  try {
    for (const id of planIds) {
      await client.query('BEGIN');
      const t0 = performance.now();
      await refreshAfterPlanWrite(q, REGION, [id], new Date().toISOString());
      times.push(performance.now() - t0);
      await client.query('ROLLBACK');
    }
  } finally {
    await client.end();
  }
  return times;
}

async function login(port: number, username: string): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${port}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'Rouxing@2026' }),
  });
  return (r.headers.get('set-cookie') ?? '').split(';')[0] as string;
}

const ms = (x: number) => `${x.toFixed(1)} ms`;

export async function run(args: string[]): Promise<BenchResult> {
  const entities = numberArg(args, '--entities', 20_000);
  const visits = numberArg(args, '--visits', 5_000);
  const requests = numberArg(args, '--requests', 400);
  const writes = numberArg(args, '--checkins', 30);
  return withSeededDatabase('dashboard', async ({ ctx, url }) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await copyEntities(client, entities, { table: 'entities', regionCodes: [REGION], startIndex: 5_000_000, seed: 12 });
    await insertVisits(ctx, visits);
    // The statistics autovacuum would gather after a bulk load (without them the planner takes the tables for empty and
    // joins the visits by nested loops). As the superuser: the application role owns no table, and its ANALYZE skips them all.
    await client.query('ANALYZE');
    await client.end();
    const t0 = performance.now();
    await rebuildIndicatorCounts(ctx.db, REGION, new Date().toISOString());
    const rebuildMs = performance.now() - t0;
    const plans = (await ctx.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_plans WHERE checked_in_at IS NOT NULL`))
      .rows[0]?.n;
    process.stderr.write(`dashboard: ${entities} entities, ${plans} checked-in plans; full rebuild of the figures ${ms(rebuildMs)}\n`);

    const app = await buildApp({ ctx, cookieSecret: Buffer.alloc(32, 5) });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const port = (app.server.address() as { port: number }).port;
    const supervisor = await login(port, 'supervisor');
    const scjg = (await ctx.db.query<{ id: string }>(`SELECT id FROM departments WHERE code = 'SCJG'`)).rows[0]?.id as string;
    const get = (path: string, cookie: string) => () => ({ method: 'GET', path, headers: { cookie } });
    const overview = await load({
      port,
      connections: 4,
      total: requests,
      request: get('/api/v1/indicators/overview?period=2026', supervisor),
    });
    const drill = await load({
      port,
      connections: 4,
      total: Math.max(20, Math.floor(requests / 4)),
      request: get(`/api/v1/indicators/joint-rate/records?period=2026-06&departmentId=${scjg}`, supervisor),
    });
    // The write: check-ins over HTTP (each recounts its month in its transaction), one at a time.
    const ids = await approvedPlansOfToday(ctx, writes);
    const officer = await login(port, 'officer');
    const body = JSON.stringify({ location: null });
    const checkins = await load({
      port,
      connections: 1,
      total: ids.length,
      request: (i) => ({ method: 'POST', path: `/api/v1/inspections/${ids[i]}/check-in`, headers: { cookie: officer }, body }),
    });
    await app.close();
    const recount = await recountTimes(url, ids);
    // Anchor: the year's figures by rescanning the records, as the overview would without the kept figures.
    const rescans: number[] = [];
    for (let i = 0; i < 10; i++) {
      const s = performance.now();
      await jointRateOf(ctx.db, REGION, { from: '2026-01-01', to: '2026-12-31' });
      rescans.push(performance.now() - s);
    }
    const statuses = (r: { statuses: Map<number, number> }) => [...r.statuses].map(([s, n]) => `${n}×${s}`).join(', ');
    process.stderr.write(
      `dashboard: overview p50 ${ms(overview.p50)} p95 ${ms(overview.p95)} (${statuses(overview)}); drill-down p50 ${ms(drill.p50)} p95 ${ms(drill.p95)} (${statuses(drill)})\n` +
        `dashboard: check-in p50 ${ms(checkins.p50)} p95 ${ms(checkins.p95)} (${statuses(checkins)}); its recount alone p50 ${ms(pct(recount, 0.5))} p95 ${ms(pct(recount, 0.95))}\n` +
        `dashboard: rescan of the year p50 ${ms(pct(rescans, 0.5))}\n`,
    );
    if (overview.acknowledged.length !== requests || checkins.acknowledged.length !== ids.length) {
      throw new Error('dashboard: some requests failed');
    }
    return {
      name: 'dashboard',
      value: overview.p95,
      unit: `ms(overview-p95;p50=${overview.p50.toFixed(1)};drill-p95=${drill.p95.toFixed(1)};checkin-p50=${checkins.p50.toFixed(1)};recount-p50=${pct(recount, 0.5).toFixed(1)})`,
      anchorName: 'rescan-year',
      anchorValue: pct(rescans, 0.5),
      anchorUnit: 'ms(p50)',
      ratio: pct(rescans, 0.5) / overview.p95,
    };
  });
}

/** SQL of `indicator_counts`: a month's figures of an indicator replaced, the figures of a period summed, and which months a write touches. */
import { inJointRateClasses } from '@rouxing/domain';
import { lockChain, type Queryable } from '../db/database';

export interface CountRow {
  departmentId: string;
  numerator: number;
  denominator: number;
}

/**
 * Serialises the recounts of one indicator's month until the transaction ends (taken before the month's records are
 * read). Without it two writes of the same month (two check-ins at once) each counted the records without the other's
 * and both replaced the month's rows: the second insert hit the first's primary key (a 500 for the officer, found by
 * issue 15 item 5's benchmark), or the later commit kept a figure missing the other's write. Under the lock the read
 * comes after the previous recount's commit and sees its write; a write not yet committed recounts when its turn comes.
 */
export async function lockMonth(tx: Queryable, regionCode: string, indicator: string, month: string): Promise<void> {
  await lockChain(tx, `indicator|${regionCode}|${indicator}|${month}`);
}

/** Replaces the figures of one indicator and month (every department's and the city-wide '' row). */
export async function replaceMonthCounts(
  tx: Queryable,
  regionCode: string,
  indicator: string,
  month: string,
  rows: readonly CountRow[],
  now: string,
): Promise<void> {
  await tx.query('DELETE FROM indicator_counts WHERE region_code = $1 AND indicator = $2 AND month = $3', [regionCode, indicator, month]);
  for (const r of rows) {
    await tx.query(
      `INSERT INTO indicator_counts (region_code, indicator, department_id, month, numerator, denominator, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [regionCode, indicator, r.departmentId, month, r.numerator, r.denominator, now],
    );
  }
}

export interface SummedCountRow extends CountRow {
  departmentName: string;
}

/** The figures of the months summed per department ('' = the region), with the department's name. */
export async function sumCounts(
  db: Queryable,
  regionCode: string,
  indicator: string,
  months: readonly string[],
): Promise<SummedCountRow[]> {
  const r = await db.query<SummedCountRow>(
    `SELECT c.department_id AS "departmentId", coalesce(d.name, '') AS "departmentName",
       sum(c.numerator)::int AS numerator, sum(c.denominator)::int AS denominator
     FROM indicator_counts c
       LEFT JOIN departments d ON d.region_code = c.region_code AND d.id::text = c.department_id
     WHERE c.region_code = $1 AND c.indicator = $2 AND c.month = ANY($3::text[])
     GROUP BY c.department_id, d.name`,
    [regionCode, indicator, [...months]],
  );
  return r.rows;
}

/**
 * The check-in months (Asia/Shanghai) of the plans' visits — every plan of their joint groups — whose joint-rate
 * figures a write to these plans may change: none when no plan of the visit is of an entity in the indicator's
 * classes (`inJointRateClasses`: such a visit is in no figure, so its check-in changes none). The plans
 * themselves by the primary key, their groups' plans by `inspection_plans_joint_group_idx` (one query with an OR of
 * the two scanned every plan of the region). The written plans' groups are read in a subquery fenced by `OFFSET 0`,
 * planned on its own: by the primary key; each group's plans by a LATERAL subquery, so by the group's id in the index.
 * Joined without the fences, the plan took the written plans from that partial index by the region alone — every
 * grouped plan of the region read and filtered — in every check-in (1.1 ms a call in `npm run bench -- checkin`,
 * `pg_stat_statements` and `auto_explain`).
 */
export async function jointRateMonthsOfPlans(tx: Queryable, regionCode: string, planIds: readonly string[]): Promise<string[]> {
  // The entity's class by its primary key, row by row (a join let the planner scan the county's entities).
  // Plans not checked in (month null) are dropped here, not in SQL: `checked_in_at IS NOT NULL` would let the planner
  // take the plans from the partial index of check-ins by the region (all of them, filtered by id) when its statistics
  // say that index is small — seen after the index had grown (253 rows read for one plan, growing with every check-in).
  const r = await tx.query<{ month: string | null; industryCode: string }>(
    `SELECT DISTINCT to_char(x.checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month,
       (SELECT e.industry_code FROM entities e WHERE e.region_code = $1 AND e.id = x.entity_id) AS "industryCode"
     FROM (
       SELECT p.checked_in_at, p.entity_id FROM inspection_plans p WHERE p.region_code = $1 AND p.id = ANY($2::uuid[])
       UNION ALL
       SELECT p.checked_in_at, p.entity_id
       FROM (SELECT q.joint_group_id FROM inspection_plans q WHERE q.region_code = $1 AND q.id = ANY($2::uuid[]) OFFSET 0) g,
         LATERAL (SELECT p.checked_in_at, p.entity_id FROM inspection_plans p
                  WHERE p.region_code = $1 AND p.joint_group_id = g.joint_group_id OFFSET 0) p) x`,
    [regionCode, [...planIds]],
    { prepare: 'joint_rate_months' },
  );
  const months = r.rows.filter((x) => x.month !== null && inJointRateClasses(x.industryCode ?? '')).map((x) => x.month as string);
  return [...new Set(months)].sort();
}

/** Every month with a check-in in the region (the rebuild's months). */
export async function allCheckInMonths(db: Queryable, regionCode: string): Promise<string[]> {
  const r = await db.query<{ month: string }>(
    `SELECT DISTINCT to_char(checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM') AS month
     FROM inspection_plans WHERE region_code = $1 AND checked_in_at IS NOT NULL ORDER BY month`,
    [regionCode],
  );
  return r.rows.map((x) => x.month);
}

/** The indicators' figures of a region as stored, for the test that they equal a rebuild. */
export async function storedCounts(db: Queryable, regionCode: string) {
  const r = await db.query<{ indicator: string; departmentId: string; month: string; numerator: number; denominator: number }>(
    `SELECT indicator, department_id AS "departmentId", month, numerator, denominator FROM indicator_counts
     WHERE region_code = $1 AND (numerator <> 0 OR denominator <> 0) ORDER BY indicator, month, department_id`,
    [regionCode],
  );
  return r.rows;
}

/** Every stored figure of a region removed (before a rebuild). */
export async function deleteRegionCounts(db: Queryable, regionCode: string): Promise<void> {
  await db.query('DELETE FROM indicator_counts WHERE region_code = $1', [regionCode]);
}

/** How many figures a region has stored. */
export async function countRegionCounts(db: Queryable, regionCode: string): Promise<number> {
  const r = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM indicator_counts WHERE region_code = $1', [regionCode]);
  return r.rows[0]?.n ?? 0;
}

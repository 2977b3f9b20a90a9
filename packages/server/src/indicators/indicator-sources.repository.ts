/**
 * SQL of the records behind the counted indicators other than the 综合查一次 rate: 不予处罚决定 (`case_measures` of type
 * `no_penalty_decision`, in the month of their recording, for the case's department) and 业务培训学时
 * (`training_sessions`, in the month held, for every department attending; kept in tenths of an hour).
 */
import type { Queryable } from '../db/database';
import type { CountRow } from './indicator-counts.repository';

const MONTH_OF_MEASURE = `to_char(m.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM')`;

/** A month's 不予处罚决定 per department and for the region (''). */
export async function noPenaltyCountsOfMonth(tx: Queryable, regionCode: string, month: string): Promise<CountRow[]> {
  const r = await tx.query<CountRow>(
    `SELECT coalesce(c.department_id::text, '') AS "departmentId", count(*)::int AS numerator, 0 AS denominator
     FROM case_measures m JOIN cases c ON c.region_code = m.region_code AND c.id = m.case_id
     WHERE m.region_code = $1 AND m.type = 'no_penalty_decision' AND ${MONTH_OF_MEASURE} = $2
     GROUP BY ROLLUP (c.department_id)`,
    [regionCode, month],
  );
  return r.rows;
}

/** A month's training hours (tenths) per attending department and for the region ('': each session once). */
export async function trainingTenthsOfMonth(tx: Queryable, regionCode: string, month: string): Promise<CountRow[]> {
  const r = await tx.query<CountRow>(
    `SELECT d.department_id::text AS "departmentId", round(sum(s.hours) * 10)::int AS numerator, 0 AS denominator
     FROM training_sessions s CROSS JOIN LATERAL unnest(s.department_ids) AS d(department_id)
     WHERE s.region_code = $1 AND to_char(s.held_on, 'YYYY-MM') = $2
     GROUP BY d.department_id
     UNION ALL
     SELECT '', round(sum(s.hours) * 10)::int, 0 FROM training_sessions s
     WHERE s.region_code = $1 AND to_char(s.held_on, 'YYYY-MM') = $2 HAVING count(*) > 0`,
    [regionCode, month],
  );
  return r.rows;
}

/** Every month with a 不予处罚决定, and every month with a training session (the rebuild's months). */
export async function allSourceMonths(db: Queryable, regionCode: string): Promise<{ noPenalty: string[]; training: string[] }> {
  const np = await db.query<{ month: string }>(
    `SELECT DISTINCT ${MONTH_OF_MEASURE} AS month FROM case_measures m
     WHERE m.region_code = $1 AND m.type = 'no_penalty_decision' ORDER BY month`,
    [regionCode],
  );
  const tr = await db.query<{ month: string }>(
    `SELECT DISTINCT to_char(held_on, 'YYYY-MM') AS month FROM training_sessions WHERE region_code = $1 ORDER BY month`,
    [regionCode],
  );
  return { noPenalty: np.rows.map((x) => x.month), training: tr.rows.map((x) => x.month) };
}

export interface SourceRecord {
  id: string;
  date: string;
  departmentNames: string[];
  title: string;
  detail: string;
  amount: number;
}

/** The 不予处罚决定 of a period (of a department, or all): what the figure counts, one row per decision. */
export async function noPenaltyRecords(
  db: Queryable,
  regionCode: string,
  range: { from: string; to: string },
  departmentId: string | null,
): Promise<SourceRecord[]> {
  const r = await db.query<SourceRecord>(
    `SELECT c.id::text || '/' || m.id AS id, to_char(m.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS date,
       ARRAY[d.name] AS "departmentNames", c.case_no AS title, left(m.content, 200) AS detail, 1 AS amount
     FROM case_measures m JOIN cases c ON c.region_code = m.region_code AND c.id = m.case_id
       JOIN departments d ON d.region_code = c.region_code AND d.id = c.department_id
     WHERE m.region_code = $1 AND m.type = 'no_penalty_decision'
       AND (m.created_at AT TIME ZONE 'Asia/Shanghai')::date BETWEEN $2::date AND $3::date
       AND ($4::uuid IS NULL OR c.department_id = $4::uuid)
     ORDER BY m.created_at, c.case_no`,
    [regionCode, range.from, range.to, departmentId],
  );
  return r.rows;
}

/** The training sessions of a period (attended by a department, or all), with their hours. */
export async function trainingRecords(
  db: Queryable,
  regionCode: string,
  range: { from: string; to: string },
  departmentId: string | null,
): Promise<SourceRecord[]> {
  const r = await db.query<SourceRecord>(
    `SELECT s.id::text AS id, to_char(s.held_on, 'YYYY-MM-DD') AS date,
       ARRAY(SELECT d.name FROM departments d WHERE d.region_code = $1 AND d.id = ANY(s.department_ids) ORDER BY d.code) AS "departmentNames",
       s.title, s.trainer AS detail, s.hours::float8 AS amount
     FROM training_sessions s
     WHERE s.region_code = $1 AND s.held_on BETWEEN $2::date AND $3::date AND ($4::uuid IS NULL OR $4::uuid = ANY(s.department_ids))
     ORDER BY s.held_on, s.title`,
    [regionCode, range.from, range.to, departmentId],
  );
  return r.rows;
}

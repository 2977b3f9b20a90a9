/** SQL of the 年度考评: the weights and targets the Judicial Bureau set for a year, and the manual additions and deductions. */
import type { AssessmentAdjustment } from '@rouxing/contracts';
import type { AssessmentWeight } from '@rouxing/domain';
import type { Queryable } from '../db/database';

/** A year's weights as set (empty: not set, the registry's defaults apply). */
export async function loadAssessmentWeights(db: Queryable, regionCode: string, year: number): Promise<AssessmentWeight[]> {
  const r = await db.query<AssessmentWeight>(
    `SELECT indicator, weight, target::float8 AS target FROM assessment_weights
     WHERE region_code = $1 AND year = $2 ORDER BY weight DESC, indicator`,
    [regionCode, year],
  );
  return r.rows;
}

/** Replaces a year's weights (in the caller's transaction). */
export async function replaceAssessmentWeights(
  tx: Queryable,
  regionCode: string,
  year: number,
  weights: readonly AssessmentWeight[],
  by: string,
  now: string,
): Promise<void> {
  await tx.query('DELETE FROM assessment_weights WHERE region_code = $1 AND year = $2', [regionCode, year]);
  for (const w of weights) {
    await tx.query(
      `INSERT INTO assessment_weights (region_code, year, indicator, weight, target, updated_at, updated_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [regionCode, year, w.indicator, w.weight, w.target, now, by],
    );
  }
}

export interface NewAdjustment {
  id: string;
  year: number;
  departmentId: string;
  points: number;
  reason: string;
  createdAt: string;
  createdBy: string;
}

export async function insertAssessmentAdjustment(tx: Queryable, regionCode: string, a: NewAdjustment): Promise<void> {
  await tx.query(
    `INSERT INTO assessment_adjustments (region_code, id, year, department_id, points, reason, created_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [regionCode, a.id, a.year, a.departmentId, a.points, a.reason, a.createdAt, a.createdBy],
  );
}

/** A year's additions and deductions (of one department, or all), oldest first, with names. */
export async function listAssessmentAdjustments(
  db: Queryable,
  regionCode: string,
  year: number,
  departmentId: string | null,
): Promise<AssessmentAdjustment[]> {
  const r = await db.query<AssessmentAdjustment>(
    `SELECT a.id::text AS id, a.department_id::text AS "departmentId", d.name AS "departmentName", a.points::float8 AS points,
       a.reason, to_char(a.created_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') AS "createdAt",
       coalesce(u.display_name, '') AS "createdByName"
     FROM assessment_adjustments a
       JOIN departments d ON d.region_code = a.region_code AND d.id = a.department_id
       LEFT JOIN users u ON u.id = a.created_by
     WHERE a.region_code = $1 AND a.year = $2 AND ($3::uuid IS NULL OR a.department_id = $3::uuid)
     ORDER BY a.created_at, a.id`,
    [regionCode, year, departmentId],
  );
  return r.rows;
}

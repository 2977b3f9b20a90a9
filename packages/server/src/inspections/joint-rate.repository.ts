/**
 * SQL of the 综合查一次 rate (常政办发〔2025〕5号 第四项): the plans checked in, one row per plan with its visit (the joint
 * group, else the plan), its check-in day in Asia/Shanghai, its department and its entity — every plan of each visit
 * that had a check-in in the period, so that the domain can date a visit by its first check-in and count it once.
 */
import type { Queryable } from '../db/database';

export interface CheckedInPlanRow {
  visitId: string;
  planId: string;
  departmentId: string;
  departmentName: string;
  checkedInOn: string;
  entityId: string;
  entityName: string;
  industryCode: string;
}

export async function checkedInPlanRows(db: Queryable, regionCode: string, from: string, to: string): Promise<CheckedInPlanRow[]> {
  const r = await db.query<CheckedInPlanRow>(
    `WITH p AS (
       SELECT p.region_code, p.id, p.department_id, p.entity_id, coalesce(p.joint_group_id, p.id) AS visit,
         to_char(p.checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS day
       FROM inspection_plans p
       WHERE p.region_code = $1 AND p.checked_in_at IS NOT NULL AND p.status IN ('checked_in', 'completed'))
     SELECT p.visit AS "visitId", p.id AS "planId", p.department_id AS "departmentId", d.name AS "departmentName", p.day AS "checkedInOn",
       e.id AS "entityId", e.name AS "entityName", e.industry_code AS "industryCode"
     FROM p JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
       JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
     WHERE p.visit IN (SELECT visit FROM p WHERE day >= $2 AND day <= $3)
     ORDER BY p.visit, p.id`,
    [regionCode, from, to],
  );
  return r.rows;
}

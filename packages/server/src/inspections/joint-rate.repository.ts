/**
 * SQL of the 综合查一次 rate (常政办发〔2025〕5号 第四项): the plans checked in, one row per plan with its visit (the joint
 * group, else the plan), its check-in day in Asia/Shanghai, its department and its entity — every plan of each visit
 * that had a check-in in the period, so that the domain can date a visit by its first check-in and count it once.
 */
import type { Visit } from '@rouxing/domain';
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

/** The checked-in plans of the visits with a check-in in the period ($2…$3), by visit (the CTE `p`); see below. */
const VISIT_PLANS = `WITH v AS (
       SELECT DISTINCT coalesce(q.joint_group_id, q.id) AS visit
       FROM inspection_plans q
       WHERE q.region_code = $1 AND q.checked_in_at IS NOT NULL AND q.status IN ('checked_in', 'completed')
         AND q.checked_in_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Shanghai'
         AND q.checked_in_at < ($3::date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai'),
     p AS (
       SELECT p.region_code, p.id, p.department_id, p.entity_id, p.joint_group_id AS visit, p.checked_in_at
       FROM v, LATERAL (SELECT p.region_code, p.id, p.department_id, p.entity_id, p.joint_group_id, p.checked_in_at
                        FROM inspection_plans p WHERE p.region_code = $1 AND p.joint_group_id = v.visit
                          AND p.checked_in_at IS NOT NULL AND p.status IN ('checked_in', 'completed') OFFSET 0) p
       UNION ALL
       SELECT p.region_code, p.id, p.department_id, p.entity_id, p.id AS visit, p.checked_in_at
       FROM v JOIN inspection_plans p ON p.region_code = $1 AND p.id = v.visit
       WHERE p.joint_group_id IS NULL AND p.status IN ('checked_in', 'completed'))`;

/**
 * Bounded by the period, not by the region's history: the visits are found by a range on `checked_in_at` (the
 * Asia/Shanghai day bounds as instants, the upper one exclusive: the day after `to` at 00:00 Beijing), served by
 * `inspection_plans_checked_in_idx`; then every checked-in plan of those visits is fetched — of a joint group by
 * `inspection_plans_joint_group_idx`, of a visit without one (the plan itself) by the primary key — so a visit whose
 * other check-ins fall outside the period keeps all its plans and the domain still dates it by its first check-in.
 * A visit is `coalesce(joint_group_id, id)`: the two branches below are that equality split on `joint_group_id IS NULL`.
 * In the second, the plan is the checked-in plan the visit was found by (a group's id is a new id, never a plan's),
 * so it repeats no `checked_in_at IS NOT NULL`: with it the planner may take that partial index, when its statistics
 * say it is empty (a new database, a burst of check-ins before autovacuum), scanning every check-in of the region per
 * visit instead of one primary-key probe — quadratic in the month's check-ins inside each check-in (issue 15 item 5).
 * A group's plans are looked up per visit (LATERAL, fenced by `OFFSET 0`), so by `(region_code, joint_group_id)` in
 * the group index: joined, the plan read every grouped plan of the region for each visit (`auto_explain` in the check-in
 * bench: the index by the region alone, 182 loops), quadratic in a county with many joint inspections.
 * The department and the entity are joined by the region parameter ($1), not by the CTE's column: on Citus a join on
 * a CTE's column prunes nothing and the query went to all 32 shards with the CTE as a distributed subplan; by $1 every
 * table is pruned to the region's shard and the whole statement is one task (EXPLAIN in docs/operations.md).
 */
export async function checkedInPlanRows(db: Queryable, regionCode: string, from: string, to: string): Promise<CheckedInPlanRow[]> {
  const r = await db.query<CheckedInPlanRow>(
    `${VISIT_PLANS}
     SELECT p.visit AS "visitId", p.id AS "planId", p.department_id AS "departmentId", d.name AS "departmentName",
       to_char(p.checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "checkedInOn",
       e.id AS "entityId", e.name AS "entityName", e.industry_code AS "industryCode"
     FROM p JOIN departments d ON d.region_code = $1 AND d.id = p.department_id
       JOIN entities e ON e.region_code = $1 AND e.id = p.entity_id
     ORDER BY p.visit, p.id`,
    [regionCode, from, to],
  );
  return r.rows;
}

/**
 * The recount's read (issue 15 item 5): the same visits as `checkedInPlanRows`, one row per visit and only of the
 * indicator's classes, without names — each a `Visit` as the domain's `jointInspectionRate` takes it. A visit's
 * departments are its plans' (distinct), its day the first check-in of any of them, its class its entity's (the plans of a
 * joint group are of one entity: the domain's `mergeCandidates` pairs only plans of one entity). The
 * rows the recount of a month reads and parses in Node are then the month's visits in the classes, a few columns
 * each, not every checked-in plan with its department's and entity's names.
 */
export async function checkedInVisits(
  db: Queryable,
  regionCode: string,
  from: string,
  to: string,
  classes: readonly string[],
): Promise<Visit[]> {
  const r = await db.query<Visit>(
    `${VISIT_PLANS}
     SELECT p.visit AS id, array_agg(DISTINCT p.department_id::text) AS "departmentIds",
       min(to_char(p.checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD')) AS "checkedInOn", e.industry_code AS "industryCode"
     FROM p JOIN entities e ON e.region_code = $1 AND e.id = p.entity_id
     WHERE e.industry_code LIKE ANY($4::text[])
     GROUP BY p.visit, e.industry_code
     ORDER BY p.visit`,
    [regionCode, from, to, classes.map((c) => `${c}%`)],
  );
  return r.rows;
}

/** SQL of 综合查一次: the plans an entity's merge check reads, the task list, joint groups and the indicators. */
import type { ItemCategory, PlanForMerge } from '@rouxing/domain';
import type { Queryable } from '../db/database';

/** The entity's plans with their items' fields, as the merge check reads them. */
export async function plansForMerge(db: Queryable, regionCode: string, entityId: string): Promise<PlanForMerge[]> {
  const r = await db.query<PlanForMerge & { itemId: string | null; category: ItemCategory | null }>(
    `SELECT p.id, p.entity_id AS "entityId", p.department_id AS "departmentId", d.name AS "departmentName", p.status,
       p.window_from AS "windowFrom", p.window_to AS "windowTo", p.joint_group_id AS "jointGroupId", i.id AS "itemId", i.category
     FROM inspection_plans p JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
     LEFT JOIN inspection_plan_items pi ON pi.region_code = p.region_code AND pi.plan_id = p.id
     LEFT JOIN inspection_items i ON i.region_code = pi.region_code AND i.id = pi.item_id
     WHERE p.region_code = $1 AND p.entity_id = $2 ORDER BY p.id`,
    [regionCode, entityId],
  );
  const plans = new Map<string, PlanForMerge & { items: { id: string; category: ItemCategory }[] }>();
  for (const row of r.rows) {
    const p = plans.get(row.id) ?? { ...row, items: [] };
    if (row.itemId && row.category) {
      p.items.push({ id: row.itemId, category: row.category });
    }
    plans.set(row.id, p);
  }
  return [...plans.values()];
}

/** The Judicial Bureau's published 综合查一次 task list of the region: per industry, the items that may be merged. */
export async function jointTaskList(db: Queryable, regionCode: string) {
  const r = await db.query<{ industryCode: string; itemIds: string[] }>(
    `SELECT industry_code AS "industryCode", array_agg(item_id::text ORDER BY item_id) AS "itemIds" FROM joint_task_entries
     WHERE region_code = $1 AND status = 'published' GROUP BY industry_code`,
    [regionCode],
  );
  return { entries: r.rows };
}

/** Puts the plans into one joint group. */
export async function setJointGroup(tx: Queryable, regionCode: string, planIds: readonly string[], group: string): Promise<void> {
  await tx.query(
    'UPDATE inspection_plans SET joint_group_id = $3, revision = revision + 1 WHERE region_code = $1 AND id = ANY($2::uuid[])',
    [regionCode, [...planIds], group],
  );
}

export interface VisitCounts {
  visits: number;
  joint: number;
  fdcVisits: number;
  fdcJoint: number;
  entities: number;
  exemptions: number;
}

/**
 * The visits of a year (a joint group counts once) of one department or (null) the region: how many, how
 * many joint, the same for the industries given by GB/T 4754 prefixes, entities visited, exemptions used.
 */
export async function visitCounts(
  db: Queryable,
  regionCode: string,
  year: number,
  industryPrefixes: readonly string[],
  departmentId: string | null,
): Promise<VisitCounts> {
  const params: unknown[] = [regionCode, `${year}-01-01`, `${year + 1}-01-01`, [...industryPrefixes]];
  const r = await db.query<VisitCounts>(
    `WITH v AS (
       SELECT coalesce(p.joint_group_id, p.id) AS visit, min(p.entity_id::text) AS entity, count(DISTINCT p.department_id) AS depts,
         bool_or(e.industry_code LIKE ANY (SELECT c || '%' FROM unnest($4::text[]) c)) AS fdc,
         bool_or(p.exemption_ground IS NOT NULL AND p.status NOT IN ('pending_approval', 'rejected', 'cancelled')
           ${departmentId ? 'AND p.department_id = $5' : ''}) AS exempt
       FROM inspection_plans p JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
       WHERE p.region_code = $1 AND p.window_from >= $2::date AND p.window_from < $3::date AND p.status NOT IN ('rejected', 'cancelled')
       GROUP BY 1
       -- The visits of a department are those it took part in, with every department of the visit counted: filtering the
       -- plans instead left one department per visit, and never a joint one (issue 14, defect 5).
       ${departmentId ? 'HAVING bool_or(p.department_id = $5)' : ''})
     SELECT count(*)::int AS visits, count(*) FILTER (WHERE depts > 1)::int AS joint, count(*) FILTER (WHERE fdc)::int AS "fdcVisits",
       count(*) FILTER (WHERE fdc AND depts > 1)::int AS "fdcJoint", count(DISTINCT entity)::int AS entities,
       count(*) FILTER (WHERE exempt)::int AS exemptions
     FROM v`,
    departmentId ? [...params, departmentId] : params,
  );
  return r.rows[0] ?? { visits: 0, joint: 0, fdcVisits: 0, fdcJoint: 0, entities: 0, exemptions: 0 };
}

/** Plans refused by the frequency rules in a year (重复检查被拦截): the audit rows `inspection.refused`. */
export async function refusedPlanCount(db: Queryable, regionCode: string, year: number): Promise<number> {
  const r = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE region_code = $1 AND action = 'inspection.refused' AND occurred_at >= $2::date AND occurred_at < $3::date`,
    [regionCode, `${year}-01-01`, `${year + 1}-01-01`],
  );
  return r.rows[0]?.n ?? 0;
}

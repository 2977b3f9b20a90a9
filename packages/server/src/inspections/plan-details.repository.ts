/** SQL of what a plan carries besides its row: its items and its officers, for one plan or a page of them. */
import type { Queryable } from '../db/database';

export type PlanItemView = { id: string; code: string; name: string; legalBasis: string; departmentName: string };
export type PlanOfficerView = { userId: string; displayName: string; certificateNo: string; departmentName: string };

function groupBy<T extends { planId: string }>(rows: T[]): Map<string, Omit<T, 'planId'>[]> {
  const out = new Map<string, Omit<T, 'planId'>[]>();
  for (const { planId, ...rest } of rows) {
    out.set(planId, [...(out.get(planId) ?? []), rest]);
  }
  return out;
}

/** The items of several plans in one query (a page of plans), by plan id. */
export async function itemsOfPlans(db: Queryable, regionCode: string, planIds: readonly string[]): Promise<Map<string, PlanItemView[]>> {
  const r = await db.query<PlanItemView & { planId: string }>(
    `SELECT pi.plan_id AS "planId", i.id, i.code, i.name, i.legal_basis AS "legalBasis", d.name AS "departmentName"
     FROM inspection_plan_items pi JOIN inspection_items i ON i.region_code = pi.region_code AND i.id = pi.item_id
     JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE pi.region_code = $1 AND pi.plan_id = ANY($2::uuid[]) ORDER BY i.code`,
    [regionCode, [...planIds]],
    { prepare: 'plan_items' },
  );
  return groupBy(r.rows);
}

/** The officers of several plans in one query, by plan id. */
export async function officersOfPlans(
  db: Queryable,
  regionCode: string,
  planIds: readonly string[],
): Promise<Map<string, PlanOfficerView[]>> {
  const r = await db.query<PlanOfficerView & { planId: string }>(
    `SELECT plan_id AS "planId", user_id AS "userId", display_name AS "displayName", certificate_no AS "certificateNo", department_name AS "departmentName"
     FROM inspection_plan_officers WHERE region_code = $1 AND plan_id = ANY($2::uuid[]) ORDER BY display_name`,
    [regionCode, [...planIds]],
    { prepare: 'plan_officers' },
  );
  return groupBy(r.rows);
}

export async function planItems(db: Queryable, regionCode: string, planId: string): Promise<PlanItemView[]> {
  return (await itemsOfPlans(db, regionCode, [planId])).get(planId) ?? [];
}

export async function planOfficers(db: Queryable, regionCode: string, planId: string): Promise<PlanOfficerView[]> {
  return (await officersOfPlans(db, regionCode, [planId])).get(planId) ?? [];
}

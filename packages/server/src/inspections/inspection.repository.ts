/** SQL of inspection items, plans, their officers and items, check-in/out and ratings. */
import type { InspectionItem, InspectionPlan } from '@rouxing/contracts';
import type { Queryable } from '../db/database';

export type PlanRow = Omit<InspectionPlan, 'items' | 'officers' | 'rated' | 'rating'> & { rated: boolean };

const PLAN_COLUMNS = `p.region_code AS "regionCode", p.id, p.department_id AS "departmentId", d.name AS "departmentName",
  p.entity_id AS "entityId", e.name AS "entityName", e.uscc AS "entityUscc", p.type, p.status, p.window_from AS "windowFrom",
  p.window_to AS "windowTo", p.emergency, p.backfill_due_on AS "backfillDueOn", p.exemption_ground AS "exemptionGround",
  p.exemption_reason AS "exemptionReason", p.note, p.joint_group_id AS "jointGroupId", p.created_by AS "createdBy", p.created_by_name AS "createdByName",
  p.created_at AS "createdAt", p.approved_by_name AS "approvedByName", p.approved_at AS "approvedAt",
  p.rejection_reason AS "rejectionReason", p.checked_in_at AS "checkedInAt", p.checked_out_at AS "checkedOutAt", p.result,
  p.findings, p.revision,
  EXISTS (SELECT 1 FROM inspection_ratings r WHERE r.region_code = p.region_code AND r.plan_id = p.id) AS rated`;
const PLAN_FROM = `inspection_plans p
  JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
  JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id`;

export async function findPlan(db: Queryable, regionCode: string, id: string, lock = false): Promise<PlanRow | null> {
  const r = await db.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.region_code = $1 AND p.id = $2${lock ? ' FOR UPDATE OF p' : ''}`,
    [regionCode, id],
  );
  return r.rows[0] ?? null;
}

export async function searchPlans(
  db: Queryable,
  regionCode: string,
  q: { departmentId?: string | null; entityId?: string; status?: string; page: number; pageSize: number },
): Promise<{ items: PlanRow[]; total: number }> {
  const where = ['p.region_code = $1'];
  const params: unknown[] = [regionCode];
  if (q.departmentId) {
    params.push(q.departmentId);
    where.push(`p.department_id = $${params.length}`);
  }
  if (q.entityId) {
    params.push(q.entityId);
    where.push(`p.entity_id = $${params.length}`);
  }
  if (q.status) {
    params.push(q.status);
    where.push(`p.status = $${params.length}`);
  }
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${PLAN_FROM} WHERE ${where.join(' AND ')}`, params);
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const r = await db.query<PlanRow>(
    `SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE ${where.join(' AND ')} ORDER BY p.created_at DESC, p.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: r.rows, total: total.rows[0]?.n ?? 0 };
}

const ITEM_COLUMNS = `i.id, i.code, i.name, i.department_id AS "departmentId", d.name AS "departmentName", i.legal_basis AS "legalBasis",
  i.key, i.mergeable, i.category, i.published`;

export async function listInspectionItems(db: Queryable, regionCode: string, departmentId?: string | null): Promise<InspectionItem[]> {
  const r = await db.query<InspectionItem>(
    `SELECT ${ITEM_COLUMNS} FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE i.region_code = $1 ${departmentId ? 'AND i.department_id = $2' : ''} ORDER BY i.code`,
    departmentId ? [regionCode, departmentId] : [regionCode],
  );
  return r.rows;
}

export async function findInspectionItems(db: Queryable, regionCode: string, ids: readonly string[]): Promise<InspectionItem[]> {
  const r = await db.query<InspectionItem>(
    `SELECT ${ITEM_COLUMNS} FROM inspection_items i JOIN departments d ON d.region_code = i.region_code AND d.id = i.department_id
     WHERE i.region_code = $1 AND i.id = ANY($2::uuid[])`,
    [regionCode, [...ids]],
  );
  return r.rows;
}

/** The entity's plans around a calendar year (the frequency rules pick the ones that count). */
export async function plansOfEntity(db: Queryable, regionCode: string, entityId: string, year: number) {
  const r = await db.query<{
    id: string;
    entityId: string;
    departmentId: string;
    departmentName: string;
    type: 'routine' | 'random' | 'triggered' | 'joint' | 'special';
    status: 'pending_approval' | 'approved' | 'rejected' | 'checked_in' | 'completed' | 'cancelled';
    windowFrom: string;
    windowTo: string;
    checkedInOn: string | null;
    jointGroupId: string | null;
    exemptionGround: 'complaint_clue' | 'public_safety_life_health' | 'referral' | 'higher_level_special' | null;
  }>(
    `SELECT p.id, p.entity_id AS "entityId", p.department_id AS "departmentId", d.name AS "departmentName", p.type, p.status,
       p.window_from AS "windowFrom", p.window_to AS "windowTo",
       to_char(p.checked_in_at AT TIME ZONE 'Asia/Shanghai', 'YYYY-MM-DD') AS "checkedInOn",
       p.joint_group_id AS "jointGroupId", p.exemption_ground AS "exemptionGround"
     FROM inspection_plans p JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
     WHERE p.region_code = $1 AND p.entity_id = $2 AND p.window_from >= $3::date AND p.window_from < $4::date`,
    [regionCode, entityId, `${year - 1}-01-01`, `${year + 2}-01-01`],
  );
  return r.rows;
}

type PlanItemView = { id: string; code: string; name: string; legalBasis: string; departmentName: string };
type PlanOfficerView = { userId: string; displayName: string; certificateNo: string; departmentName: string };
type RatingView = { conduct: number; etiquette: number; disruption: number; comment: string; ratedAt: string };

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
  );
  return groupBy(r.rows);
}

/** The ratings of several plans in one query, by plan id. */
export async function ratingsOfPlans(db: Queryable, regionCode: string, planIds: readonly string[]): Promise<Map<string, RatingView>> {
  const r = await db.query<RatingView & { planId: string }>(
    `SELECT plan_id AS "planId", conduct, etiquette, disruption, comment, rated_at AS "ratedAt"
     FROM inspection_ratings WHERE region_code = $1 AND plan_id = ANY($2::uuid[])`,
    [regionCode, [...planIds]],
  );
  return new Map(r.rows.map(({ planId, ...rating }) => [planId, rating]));
}

export async function planItems(db: Queryable, regionCode: string, planId: string): Promise<PlanItemView[]> {
  return (await itemsOfPlans(db, regionCode, [planId])).get(planId) ?? [];
}

export async function planOfficers(db: Queryable, regionCode: string, planId: string): Promise<PlanOfficerView[]> {
  return (await officersOfPlans(db, regionCode, [planId])).get(planId) ?? [];
}

/** SQL of inspection plans: reading them, the entity's plans for the frequency rules, writing each step. */
import type { CheckLocation, ExemptionGround, InspectionPlan, InspectionType, PlanStatus } from '@rouxing/contracts';
import { type Queryable, runLater } from '../db/database';
import type { PlanItemView, PlanOfficerView } from './plan-details.repository';

export type PlanRow = Omit<InspectionPlan, 'items' | 'officers' | 'rated' | 'rating' | 'backfillLate'> & { rated: boolean };

const PLAN_COLUMNS = `p.region_code AS "regionCode", p.id, p.department_id AS "departmentId", d.name AS "departmentName",
  p.entity_id AS "entityId", e.name AS "entityName", e.uscc AS "entityUscc", p.type, p.status, p.window_from AS "windowFrom",
  p.window_to AS "windowTo", p.emergency, p.backfill_due_on AS "backfillDueOn", p.exemption_ground AS "exemptionGround",
  p.exemption_reason AS "exemptionReason", p.note, p.joint_group_id AS "jointGroupId", p.created_by AS "createdBy", p.created_by_name AS "createdByName",
  p.created_at AS "createdAt", p.approved_by_name AS "approvedByName", p.approved_at AS "approvedAt",
  p.rejection_reason AS "rejectionReason", p.checked_in_at AS "checkedInAt", p.checked_out_at AS "checkedOutAt", p.result,
  p.findings, p.revision,
  r.plan_id IS NOT NULL AS rated`;
const PLAN_FROM = `inspection_plans p
  JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
  JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
  LEFT JOIN inspection_ratings r ON r.region_code = p.region_code AND r.plan_id = p.id`;
/**
 * A plan's officers and items as two JSON columns, ordered as `officersOfPlans` and `itemsOfPlans` order them; correlated
 * by the plan's id and the region's parameter `$1` (Citus routes the statement to the region's shards).
 */
const PLAN_OFFICERS_AND_ITEMS = `(SELECT coalesce(json_agg(json_build_object('userId', o.user_id, 'displayName', o.display_name,
          'certificateNo', o.certificate_no, 'departmentName', o.department_name) ORDER BY o.display_name), '[]')
        FROM inspection_plan_officers o WHERE o.region_code = $1 AND o.plan_id = p.id) AS officers,
       (SELECT coalesce(json_agg(json_build_object('id', i.id, 'code', i.code, 'name', i.name, 'legalBasis', i.legal_basis,
          'departmentName', dd.name) ORDER BY i.code), '[]')
        FROM inspection_plan_items pi JOIN inspection_items i ON i.region_code = $1 AND i.id = pi.item_id
        JOIN departments dd ON dd.region_code = $1 AND dd.id = i.department_id
        WHERE pi.region_code = $1 AND pi.plan_id = p.id) AS items`;

/** The plan as read (no lock). */
export async function findPlan(db: Queryable, regionCode: string, id: string): Promise<PlanRow | null> {
  const r = await db.query<PlanRow>(`SELECT ${PLAN_COLUMNS} FROM ${PLAN_FROM} WHERE p.region_code = $1 AND p.id = $2`, [regionCode, id], {
    prepare: 'plan_find',
  });
  return r.rows[0] ?? null;
}

/** A plan locked for a step, with what the step and its answer need besides the row. */
export type LockedPlan = PlanRow & {
  /** The entity's 国民经济行业 code (the 综合查一次 classes of the months a step recounts). */
  entityIndustryCode: string;
  officers: PlanOfficerView[];
  items: PlanItemView[];
};

/**
 * The plan locked for the rest of the transaction, then read with its officers, its items and its entity's industry in
 * one statement (one round trip where three were: issue 15 item 5). The row is locked alone, by its key, and then
 * read with its joins: Citus refuses `FOR UPDATE` on a query with a subquery or an outer join (the `rated` join; issue 15).
 * On PostgreSQL the effect is the same: the row stays locked to the end of the transaction, and the read,
 * a statement after the lock, sees its last committed state. The officers and items are ordered as
 * `officersOfPlans` and `itemsOfPlans` order them; correlated by the plan's id and the region's parameter (Citus
 * routes the statement to the region's shards).
 */
export async function lockPlan(db: Queryable, regionCode: string, id: string): Promise<LockedPlan | null> {
  // The lock goes with the read (`runLater`: one round trip on a PostgreSQL server); the read finds no row where the
  // lock found none.
  await runLater(db, 'SELECT 1 FROM inspection_plans WHERE region_code = $1 AND id = $2 FOR UPDATE', [regionCode, id], {
    prepare: 'plan_lock',
  });
  const r = await db.query<LockedPlan>(
    `SELECT ${PLAN_COLUMNS}, e.industry_code AS "entityIndustryCode",
       ${PLAN_OFFICERS_AND_ITEMS}
     FROM ${PLAN_FROM} WHERE p.region_code = $1 AND p.id = $2`,
    [regionCode, id],
    { prepare: 'plan_lock_read' },
  );
  return r.rows[0] ?? null;
}

export interface PlanFilter {
  departmentId?: string | null;
  entityId?: string;
  status?: string;
  page: number;
  pageSize: number;
}

/** A plan of a page, with its officers and items. */
export type ListedPlan = PlanRow & { officers: PlanOfficerView[]; items: PlanItemView[] };

/**
 * A page of plans, newest first, each with its officers and items (read in the page's statement: one query where three
 * were, one routed statement on Citus), with the total.
 */
export async function searchPlans(db: Queryable, regionCode: string, q: PlanFilter): Promise<{ items: ListedPlan[]; total: number }> {
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
  // Counted on the plans alone: every filter is the plan's, each plan has its entity (foreign key) and its department
  // (a plan is made in its officer's department, and no department is ever deleted — it is made inactive), so the joins
  // change no count; without them the count reads the department's index only (issue 15).
  const total = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM inspection_plans p WHERE ${where.join(' AND ')}`, params);
  params.push(q.pageSize, (q.page - 1) * q.pageSize);
  const r = await db.query<ListedPlan>(
    `SELECT ${PLAN_COLUMNS}, ${PLAN_OFFICERS_AND_ITEMS} FROM ${PLAN_FROM} WHERE ${where.join(' AND ')}
     ORDER BY p.created_at DESC, p.id DESC LIMIT $${params.length - 1} OFFSET $${params.length}`,
    params,
  );
  return { items: r.rows, total: total.rows[0]?.n ?? 0 };
}

/** The entity's plans around a calendar year (the frequency rules pick the ones that count). */
export async function plansOfEntity(db: Queryable, regionCode: string, entityId: string, year: number) {
  const r = await db.query<{
    id: string;
    entityId: string;
    departmentId: string;
    departmentName: string;
    type: InspectionType;
    status: PlanStatus;
    windowFrom: string;
    windowTo: string;
    checkedInOn: string | null;
    jointGroupId: string | null;
    exemptionGround: ExemptionGround | null;
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

/** A new plan, pending approval (submitted when made). */
export interface PlanInsert {
  regionCode: string;
  id: string;
  departmentId: string;
  entityId: string;
  type: InspectionType;
  windowFrom: string;
  windowTo: string;
  emergency: boolean;
  backfillDueOn: string | null;
  exemptionGround: ExemptionGround | null;
  exemptionReason: string | null;
  note: string;
  createdBy: string;
  createdByName: string;
  createdAt: string;
}

export async function insertPlan(tx: Queryable, p: PlanInsert): Promise<void> {
  await tx.query(
    `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, emergency, backfill_due_on,
       exemption_ground, exemption_reason, note, created_by, created_by_name, created_at, submitted_at)
     VALUES ($1,$2,$3,$4,$5,'pending_approval',$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15)`,
    [
      p.regionCode,
      p.id,
      p.departmentId,
      p.entityId,
      p.type,
      p.windowFrom,
      p.windowTo,
      p.emergency,
      p.backfillDueOn,
      p.exemptionGround,
      p.exemptionReason,
      p.note,
      p.createdBy,
      p.createdByName,
      p.createdAt,
    ],
  );
}

export async function insertPlanItems(tx: Queryable, regionCode: string, planId: string, itemIds: readonly string[]): Promise<void> {
  await tx.query('INSERT INTO inspection_plan_items (region_code, plan_id, item_id) SELECT $1, $2, unnest($3::uuid[])', [
    regionCode,
    planId,
    [...itemIds],
  ]);
}

/** The plan's officers as they were when it was made (name, 执法证号 and department kept with the plan). */
export async function insertPlanOfficers(
  tx: Queryable,
  regionCode: string,
  planId: string,
  officers: readonly { id: string; displayName: string; certificateNo: string | null }[],
  departmentName: string,
): Promise<void> {
  for (const o of officers) {
    await tx.query(
      'INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name) VALUES ($1,$2,$3,$4,$5,$6)',
      [regionCode, planId, o.id, o.displayName, o.certificateNo, departmentName],
    );
  }
}

export async function markApproved(tx: Queryable, plan: PlanRow, by: { id: string; name: string }, now: string): Promise<void> {
  await tx.query(
    "UPDATE inspection_plans SET status = 'approved', approved_by = $3, approved_by_name = $4, approved_at = $5, revision = revision + 1 WHERE region_code = $1 AND id = $2",
    [plan.regionCode, plan.id, by.id, by.name, now],
  );
}

/** 补办审批 of an emergency plan already visited: the approval is recorded, the visit's state is kept. */
export async function markBackfillApproved(tx: Queryable, plan: PlanRow, by: { id: string; name: string }, now: string): Promise<void> {
  await tx.query(
    'UPDATE inspection_plans SET approved_by = $3, approved_by_name = $4, approved_at = $5, revision = revision + 1 WHERE region_code = $1 AND id = $2',
    [plan.regionCode, plan.id, by.id, by.name, now],
  );
}

export async function markRejected(tx: Queryable, plan: PlanRow, reason: string): Promise<void> {
  await tx.query(
    "UPDATE inspection_plans SET status = 'rejected', rejection_reason = $3, revision = revision + 1 WHERE region_code = $1 AND id = $2",
    [plan.regionCode, plan.id, reason],
  );
}

/** The columns of a plan that checking in and out change, as `PlanRow` names them (the step's answer: no re-read). */
type StepColumns = Pick<PlanRow, 'status' | 'checkedInAt' | 'checkedOutAt' | 'result' | 'findings' | 'revision'>;

/**
 * 入企签到 written. The UPDATE goes with the step's next statement (`runLater`); the columns it leaves are known
 * without reading them back: the step holds the plan's lock (`lockPlan`), so the row is the locked read's with these.
 */
export async function markCheckedIn(tx: Queryable, plan: PlanRow, now: string, location: CheckLocation): Promise<StepColumns> {
  await runLater(
    tx,
    `UPDATE inspection_plans SET status = 'checked_in', checked_in_at = $3, checked_in_location = $4, revision = revision + 1
     WHERE region_code = $1 AND id = $2`,
    [plan.regionCode, plan.id, now, location ? JSON.stringify(location) : null],
    { prepare: 'plan_check_in' },
  );
  return {
    status: 'checked_in',
    checkedInAt: now,
    checkedOutAt: plan.checkedOutAt,
    result: plan.result,
    findings: plan.findings,
    revision: plan.revision + 1,
  };
}

/** 检查结束签退 written, as `markCheckedIn`. */
export async function markCheckedOut(
  tx: Queryable,
  plan: PlanRow,
  now: string,
  out: { location: CheckLocation; result: 'no_problem' | 'problems'; findings: string },
): Promise<StepColumns> {
  await runLater(
    tx,
    `UPDATE inspection_plans SET status = 'completed', checked_out_at = $3, checked_out_location = $4, result = $5, findings = $6, revision = revision + 1
     WHERE region_code = $1 AND id = $2`,
    [plan.regionCode, plan.id, now, out.location ? JSON.stringify(out.location) : null, out.result, out.findings],
    { prepare: 'plan_check_out' },
  );
  return {
    status: 'completed',
    checkedInAt: plan.checkedInAt,
    checkedOutAt: now,
    result: out.result,
    findings: out.findings,
    revision: plan.revision + 1,
  };
}

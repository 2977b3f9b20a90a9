/**
 * 综合查一次 (policy §4, §15): plans of different departments for one entity, close in time, proposed for
 * merging by the task list; merged plans share a joint group and count as one visit. And the indicators
 * the departments and the Judicial Bureau watch (SPEC §4 and 保障措施).
 */
import { type Actor, can, type MergeCandidate, mergeCandidates, type PlanForMerge } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { AppError, notFound, validationError } from '../errors';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import { findPlan } from './inspection.repository';

async function plansForMerge(db: Queryable, regionCode: string, entityId: string): Promise<PlanForMerge[]> {
  const r = await db.query<PlanForMerge & { itemId: string | null; category: 'general' | 'safety_production' | 'fire' | null }>(
    `SELECT p.id, p.entity_id AS "entityId", p.department_id AS "departmentId", d.name AS "departmentName", p.status,
       p.window_from AS "windowFrom", p.window_to AS "windowTo", p.joint_group_id AS "jointGroupId", i.id AS "itemId", i.category
     FROM inspection_plans p JOIN departments d ON d.region_code = p.region_code AND d.id = p.department_id
     LEFT JOIN inspection_plan_items pi ON pi.region_code = p.region_code AND pi.plan_id = p.id
     LEFT JOIN inspection_items i ON i.region_code = pi.region_code AND i.id = pi.item_id
     WHERE p.region_code = $1 AND p.entity_id = $2 ORDER BY p.id`,
    [regionCode, entityId],
  );
  const plans = new Map<string, PlanForMerge & { items: { id: string; category: 'general' | 'safety_production' | 'fire' }[] }>();
  for (const row of r.rows) {
    const p = plans.get(row.id) ?? { ...row, items: [] };
    if (row.itemId && row.category) {
      p.items.push({ id: row.itemId, category: row.category });
    }
    plans.set(row.id, p);
  }
  return [...plans.values()];
}

async function taskList(db: Queryable, regionCode: string) {
  const r = await db.query<{ industryCode: string; itemIds: string[] }>(
    `SELECT industry_code AS "industryCode", array_agg(item_id::text ORDER BY item_id) AS "itemIds" FROM joint_task_entries
     WHERE region_code = $1 GROUP BY industry_code`,
    [regionCode],
  );
  return { entries: r.rows };
}

/** The other departments' plans this plan could be merged with. */
export async function candidatesFor(ctx: AppContext, actor: Actor, planId: string): Promise<MergeCandidate[]> {
  const plan = await findPlan(ctx.db, actor.regionCode, planId);
  if (!plan || !can(actor, 'inspection.read')) {
    throw notFound('检查计划');
  }
  const industry = await ctx.db.query<{ industryCode: string }>(
    'SELECT industry_code AS "industryCode" FROM entities WHERE region_code = $1 AND id = $2',
    [plan.regionCode, plan.entityId],
  );
  const all = await plansForMerge(ctx.db, plan.regionCode, plan.entityId);
  const me = all.find((p) => p.id === planId);
  if (!me) {
    return [];
  }
  return mergeCandidates({ ...me, entityIndustryCode: industry.rows[0]?.industryCode ?? '' }, all, await taskList(ctx.db, plan.regionCode));
}

/**
 * Merges two plans into one joint inspection (进一次门、查多项事): a planner or approver of either
 * department; both keep their approvals; they share a joint group and count as one visit.
 */
export async function mergePlans(
  ctx: AppContext,
  actor: Actor,
  planId: string,
  raw: unknown,
  meta: RequestMeta,
): Promise<{ jointGroupId: string }> {
  const otherId = (raw as { otherPlanId?: unknown } | null)?.otherPlanId;
  if (typeof otherId !== 'string') {
    throw validationError([{ path: 'otherPlanId', message: '请选择要合并的检查计划' }]);
  }
  const candidates = await candidatesFor(ctx, actor, planId);
  const candidate = candidates.find((c) => c.planId === otherId);
  if (!candidate) {
    throw new AppError(
      'RULE.REFUSED',
      '这两个检查计划不能合并：须为不同部门对同一主体、期限相近、尚未实施的计划，且有“综合查一次”任务清单列明的可合并事项',
      [{ path: 'otherPlanId', message: '不是可合并的检查计划' }],
    );
  }
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const a = await findPlan(tx, actor.regionCode, planId, true);
    const b = await findPlan(tx, actor.regionCode, otherId, true);
    if (!a || !b) {
      throw notFound('检查计划');
    }
    if (!can(actor, 'inspection.plan') || (actor.departmentId !== a.departmentId && actor.departmentId !== b.departmentId)) {
      throw new AppError('AUTH.FORBIDDEN', '只有参与部门的执法人员或负责人可以合并检查');
    }
    const group =
      (
        await tx.query<{ g: string | null }>('SELECT coalesce($1::uuid, $2::uuid) AS g', [
          await jointGroupOf(tx, a.regionCode, a.id),
          await jointGroupOf(tx, b.regionCode, b.id),
        ])
      ).rows[0]?.g ?? newId();
    await tx.query(
      'UPDATE inspection_plans SET joint_group_id = $3, revision = revision + 1 WHERE region_code = $1 AND id = ANY($2::uuid[])',
      [a.regionCode, [a.id, b.id], group],
    );
    for (const [p, o] of [
      [a, b],
      [b, a],
    ] as const) {
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'inspection',
        aggregateId: p.id,
        type: 'inspection.merged',
        payload: {
          jointGroupId: group,
          with: o.id,
          withDepartment: o.departmentName,
          items: candidate.itemIds,
          otherItems: candidate.otherItemIds,
        },
      });
    }
    return { jointGroupId: group };
  });
}

async function jointGroupOf(tx: Queryable, regionCode: string, id: string): Promise<string | null> {
  const r = await tx.query<{ g: string | null }>('SELECT joint_group_id AS g FROM inspection_plans WHERE region_code = $1 AND id = $2', [
    regionCode,
    id,
  ]);
  return r.rows[0]?.g ?? null;
}

/** Industries of the 综合查一次 pilot (policy §4: 在食品、药品、餐饮领域先行先试): GB/T 4754 prefixes. */
export const FOOD_DRUG_CATERING = ['H62', 'C13', 'C14', 'C15', 'C27', 'F5221', 'F5223', 'F5251', 'F5252', 'F5124', 'F5126', 'F5127'];
export const JOINT_RATE_TARGET = 0.2;

/** Indicators of a year: the joint rate in food, drug and catering, visits per entity, exemptions, refusals. */
export async function inspectionMetrics(ctx: AppContext, actor: Actor, year: number) {
  if (!can(actor, 'inspection.read')) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看检查指标');
  }
  const scope = actor.roles.includes('supervisor') ? null : actor.departmentId;
  const params: unknown[] = [actor.regionCode, `${year}-01-01`, `${year + 1}-01-01`, FOOD_DRUG_CATERING];
  const visits = await ctx.db.query<{
    visits: number;
    joint: number;
    fdcVisits: number;
    fdcJoint: number;
    entities: number;
    exemptions: number;
  }>(
    `WITH v AS (
       SELECT coalesce(p.joint_group_id, p.id) AS visit, min(p.entity_id::text) AS entity, count(DISTINCT p.department_id) AS depts,
         bool_or(e.industry_code LIKE ANY (SELECT c || '%' FROM unnest($4::text[]) c)) AS fdc,
         bool_or(p.exemption_ground IS NOT NULL AND p.status NOT IN ('pending_approval', 'rejected', 'cancelled')) AS exempt
       FROM inspection_plans p JOIN entities e ON e.region_code = p.region_code AND e.id = p.entity_id
       WHERE p.region_code = $1 AND p.window_from >= $2::date AND p.window_from < $3::date AND p.status NOT IN ('rejected', 'cancelled')
         ${scope ? 'AND p.department_id = $5' : ''}
       GROUP BY 1)
     SELECT count(*)::int AS visits, count(*) FILTER (WHERE depts > 1)::int AS joint, count(*) FILTER (WHERE fdc)::int AS "fdcVisits",
       count(*) FILTER (WHERE fdc AND depts > 1)::int AS "fdcJoint", count(DISTINCT entity)::int AS entities,
       count(*) FILTER (WHERE exempt)::int AS exemptions
     FROM v`,
    scope ? [...params, scope] : params,
  );
  const refused = await ctx.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM audit_log WHERE region_code = $1 AND action = 'inspection.refused' AND occurred_at >= $2::date AND occurred_at < $3::date`,
    [actor.regionCode, `${year}-01-01`, `${year + 1}-01-01`],
  );
  const v = visits.rows[0] ?? { visits: 0, joint: 0, fdcVisits: 0, fdcJoint: 0, entities: 0, exemptions: 0 };
  return {
    year,
    scope: scope ? 'department' : 'region',
    visits: v.visits,
    jointVisits: v.joint,
    foodDrugCatering: {
      visits: v.fdcVisits,
      jointVisits: v.fdcJoint,
      jointRate: v.fdcVisits ? v.fdcJoint / v.fdcVisits : 0,
      target: JOINT_RATE_TARGET,
    },
    inspectedEntities: v.entities,
    visitsPerEntity: v.entities ? v.visits / v.entities : 0,
    repeatedInspectionsPrevented: refused.rows[0]?.n ?? 0,
    exemptionsUsed: v.exemptions,
  };
}

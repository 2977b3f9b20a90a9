/**
 * Inspection plans (policy §15 公务入企): planned by an officer with at least two certified officers,
 * approved by the department's reviewer (not the planner) before entry, verifiable by a signed code,
 * checked in and out (idempotent under retries), rated by the enterprise afterwards. Each step is an
 * event on the plan's chain.
 */
import {
  CheckInBodySchema,
  CheckOutBodySchema,
  type CodeView,
  type InspectionPlan,
  InspectionPlanInputSchema,
  InspectionRatingInputSchema,
  RejectPlanBodySchema,
} from '@rouxing/contracts';
import {
  type Actor,
  addDays,
  can,
  canSeeDepartmentRecord,
  checkPlan,
  type FrequencyCheck,
  type PlanUnderCheck,
  shanghaiToday,
} from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { AppError, type FieldError, notFound, validationError } from '../errors';
import { appendAudit } from '../records/audit.repository';
import { newId } from '../records/ids';
import { recordChange } from '../records/record-change';
import { fieldsOfZodError } from '../validation';
import {
  findInspectionItems,
  findPlan,
  itemsOfPlans,
  officersOfPlans,
  type PlanRow,
  planItems,
  planOfficers,
  plansOfEntity,
  ratingsOfPlans,
  searchPlans,
} from './inspection.repository';

/** Days within which an emergency inspection must be approved after entry (configurable later; policy §15). */
export const EMERGENCY_BACKFILL_DAYS = 10;

/**
 * The frequency rules (policy §12, §15; domain `checkPlan`) against the entity's other plans; a refusal
 * names the rule and what the user can do. Returns how the plan counts, for its event.
 */
async function checkFrequency(db: Queryable, regionCode: string, plan: PlanUnderCheck, stage: 'creation' | 'approval') {
  const entity = await db.query<{ whitelisted: boolean }>('SELECT whitelisted FROM entities WHERE region_code = $1 AND id = $2', [
    regionCode,
    plan.entityId,
  ]);
  const history = await plansOfEntity(db, regionCode, plan.entityId, Number(plan.windowFrom.slice(0, 4)));
  const r: FrequencyCheck = checkPlan(plan, { stage, whitelisted: entity.rows[0]?.whitelisted ?? false, history });
  if (!r.ok) {
    const first = r.refusals[0];
    throw new AppError(
      'RULE.REFUSED',
      `${first?.message}。${first?.remedy}`,
      r.refusals.map((x) => ({ path: `frequency.${x.rule}`, message: `${x.message}。${x.remedy}` })),
    );
  }
  return r.counted;
}

/** A refused plan is not stored, but the refusal is counted (重复检查被拦截) in the audit log. */
async function refusalsAudited<T>(ctx: AppContext, actor: Actor, meta: RequestMeta, entityId: string, check: () => Promise<T>): Promise<T> {
  try {
    return await check();
  } catch (err) {
    if (err instanceof AppError && err.code === 'RULE.REFUSED') {
      await appendAudit(ctx.db, {
        regionCode: actor.regionCode,
        actor: { id: actor.userId, name: actor.displayName },
        action: 'inspection.refused',
        objectType: 'entity',
        objectId: entityId,
        result: 'failure',
        sourceIp: meta.sourceIp,
        details: { rules: err.fields?.map((f) => f.path) ?? [] },
        occurredAt: ctx.now().toISOString(),
      });
    }
    throw err;
  }
}

/** Plans with their items and officers, two queries for the whole page; ratings only for the Judicial Bureau. */
async function toDtos(db: Queryable, actor: Actor, rows: PlanRow[]): Promise<InspectionPlan[]> {
  const ids = rows.map((r) => r.id);
  const [items, officers] = await Promise.all([itemsOfPlans(db, actor.regionCode, ids), officersOfPlans(db, actor.regionCode, ids)]);
  // Ratings are anonymous to the inspecting department: only the Judicial Bureau reads them.
  const ratings = can(actor, 'inspection.rating.read') ? await ratingsOfPlans(db, actor.regionCode, ids) : new Map();
  return rows.map((row) => ({
    ...row,
    items: items.get(row.id) ?? [],
    officers: officers.get(row.id) ?? [],
    rating: ratings.get(row.id) ?? null,
  }));
}

async function visiblePlan(db: Queryable, actor: Actor, id: string, lock = false): Promise<PlanRow> {
  const row = await findPlan(db, actor.regionCode, id, lock);
  const entityOwn = row && can(actor, 'own_entity.read') && actor.entityUscc === row.entityUscc;
  if (
    !row ||
    !(
      entityOwn ||
      (can(actor, 'inspection.read') && canSeeDepartmentRecord(actor, { regionCode: row.regionCode, departmentIds: [row.departmentId] }))
    )
  ) {
    throw notFound('检查计划');
  }
  return row;
}

export async function getPlan(ctx: AppContext, actor: Actor, id: string): Promise<InspectionPlan> {
  return (await toDtos(ctx.db, actor, [await visiblePlan(ctx.db, actor, id)]))[0] as InspectionPlan;
}

export async function listPlans(ctx: AppContext, actor: Actor, q: { status?: string; entityId?: string; page: number; pageSize: number }) {
  let departmentId: string | null | undefined;
  let entityId = q.entityId;
  if (can(actor, 'own_entity.read')) {
    const e = await ctx.db.query<{ id: string }>('SELECT id FROM entities WHERE region_code = $1 AND uscc = $2', [
      actor.regionCode,
      actor.entityUscc,
    ]);
    entityId = e.rows[0]?.id ?? '00000000-0000-0000-0000-000000000000';
  } else if (!can(actor, 'inspection.read')) {
    throw new AppError('AUTH.FORBIDDEN', '无权查看检查记录');
  } else if (!actor.roles.includes('supervisor')) {
    departmentId = actor.departmentId ?? '00000000-0000-0000-0000-000000000000';
  }
  const r = await searchPlans(ctx.db, actor.regionCode, { ...q, entityId, departmentId });
  return { items: await toDtos(ctx.db, actor, r.items), total: r.total, page: q.page, pageSize: q.pageSize };
}

export async function createPlan(ctx: AppContext, actor: Actor, raw: unknown, meta: RequestMeta): Promise<InspectionPlan> {
  if (!can(actor, 'inspection.plan') || !actor.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '无权制定检查计划');
  }
  const parsed = InspectionPlanInputSchema.safeParse(raw);
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const input = parsed.data;
  const departmentId = actor.departmentId;
  const problems: FieldError[] = [];
  const entity = await ctx.db.query<{ id: string }>("SELECT id FROM entities WHERE region_code = $1 AND id = $2 AND status = 'active'", [
    actor.regionCode,
    input.entityId,
  ]);
  if (entity.rows.length === 0) {
    problems.push({ path: 'entityId', message: '市场主体不存在或已注销' });
  }
  const items = await findInspectionItems(ctx.db, actor.regionCode, input.itemIds);
  input.itemIds.forEach((id, i) => {
    const item = items.find((x) => x.id === id);
    if (!item) {
      problems.push({ path: `itemIds.${i}`, message: '检查事项不存在' });
    } else if (!item.published) {
      problems.push({ path: `itemIds.${i}`, message: `检查事项“${item.name}”未公布，不得实施检查` });
    } else if (item.departmentId !== departmentId) {
      problems.push({ path: `itemIds.${i}`, message: `检查事项“${item.name}”不属于本部门；跨部门请发起联合检查` });
    }
  });
  const officers = await ctx.db.query<{
    id: string;
    displayName: string;
    certificateNo: string | null;
    departmentId: string | null;
    roles: string[];
    active: boolean;
  }>(
    `SELECT id, display_name AS "displayName", certificate_no AS "certificateNo", department_id AS "departmentId", roles, active
     FROM users WHERE region_code = $1 AND id = ANY($2::uuid[])`,
    [actor.regionCode, input.officerIds],
  );
  input.officerIds.forEach((id, i) => {
    const o = officers.rows.find((x) => x.id === id);
    if (!o?.active || o.departmentId !== departmentId) {
      problems.push({ path: `officerIds.${i}`, message: '执法人员须为本部门在岗人员' });
    } else if (!o.certificateNo) {
      problems.push({ path: `officerIds.${i}`, message: `${o.displayName}没有执法证号，不能参加检查` });
    }
  });
  if (problems.length > 0) {
    throw validationError(problems);
  }
  const counted = await refusalsAudited(ctx, actor, meta, input.entityId, () =>
    checkFrequency(
      ctx.db,
      actor.regionCode,
      {
        id: null,
        entityId: input.entityId,
        departmentId,
        type: input.type,
        windowFrom: input.windowFrom,
        windowTo: input.windowTo,
        jointGroupId: null,
        createdBy: actor.userId,
        exemption: input.exemptionGround ? { ground: input.exemptionGround, reason: input.exemptionReason, approvedBy: null } : null,
      },
      'creation',
    ),
  );
  const dept = await ctx.db.query<{ name: string }>('SELECT name FROM departments WHERE region_code = $1 AND id = $2', [
    actor.regionCode,
    departmentId,
  ]);
  const now = ctx.now().toISOString();
  const today = shanghaiToday(ctx.now());
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO inspection_plans (region_code, id, department_id, entity_id, type, status, window_from, window_to, emergency, backfill_due_on,
         exemption_ground, exemption_reason, note, created_by, created_by_name, created_at, submitted_at)
       VALUES ($1,$2,$3,$4,$5,'pending_approval',$6,$7,$8,$9,$10,$11,$12,$13,$14,$15,$15)`,
      [
        actor.regionCode,
        id,
        departmentId,
        input.entityId,
        input.type,
        input.windowFrom,
        input.windowTo,
        input.emergency,
        input.emergency ? addDays(today, EMERGENCY_BACKFILL_DAYS) : null,
        input.exemptionGround,
        input.exemptionGround ? input.exemptionReason : null,
        input.note,
        actor.userId,
        actor.displayName,
        now,
      ],
    );
    await tx.query('INSERT INTO inspection_plan_items (region_code, plan_id, item_id) SELECT $1, $2, unnest($3::uuid[])', [
      actor.regionCode,
      id,
      input.itemIds,
    ]);
    for (const o of officers.rows) {
      await tx.query(
        'INSERT INTO inspection_plan_officers (region_code, plan_id, user_id, display_name, certificate_no, department_name) VALUES ($1,$2,$3,$4,$5,$6)',
        [actor.regionCode, id, o.id, o.displayName, o.certificateNo, dept.rows[0]?.name ?? ''],
      );
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'inspection',
      aggregateId: id,
      type: 'inspection.planned',
      toState: 'pending_approval',
      payload: {
        entityId: input.entityId,
        type: input.type,
        itemIds: input.itemIds,
        officerIds: input.officerIds,
        window: [input.windowFrom, input.windowTo],
        emergency: input.emergency,
        exemptionGround: input.exemptionGround,
        counted,
      },
    });
  });
  return getPlan(ctx, actor, id);
}

async function transition(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
  step: (tx: Queryable, plan: PlanRow, now: string) => Promise<{ type: string; to: string; payload: Record<string, unknown> } | null>,
): Promise<InspectionPlan> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const plan = await visiblePlan(tx, actor, id, true);
    const change = await step(tx, plan, now);
    if (change) {
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'inspection',
        aggregateId: id,
        type: change.type,
        fromState: plan.status,
        toState: change.to,
        payload: change.payload,
      });
    }
  });
  return getPlan(ctx, actor, id);
}

function requireApprover(actor: Actor, plan: PlanRow): void {
  if (!can(actor, 'inspection.approve') || actor.departmentId !== plan.departmentId) {
    throw new AppError('AUTH.FORBIDDEN', '只有本部门负责人或法制审核人员可以审批检查计划');
  }
  if (plan.createdBy === actor.userId) {
    throw new AppError('AUTH.FORBIDDEN', '制定人不能审批自己制定的检查计划');
  }
  if (plan.status !== 'pending_approval') {
    throw new AppError('CONFLICT', '只有待审批的检查计划可以审批');
  }
}

export function approvePlan(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta) {
  return transition(ctx, actor, id, meta, async (tx, plan, now) => {
    requireApprover(actor, plan);
    // Again at approval: other plans may have been made since; approving the plan approves its exemption.
    const counted = await checkFrequency(
      tx,
      plan.regionCode,
      {
        id: plan.id,
        entityId: plan.entityId,
        departmentId: plan.departmentId,
        type: plan.type,
        windowFrom: plan.windowFrom,
        windowTo: plan.windowTo,
        jointGroupId: plan.jointGroupId,
        createdBy: plan.createdBy,
        exemption: plan.exemptionGround
          ? { ground: plan.exemptionGround, reason: plan.exemptionReason ?? '', approvedBy: actor.userId }
          : null,
      },
      'approval',
    );
    await tx.query(
      "UPDATE inspection_plans SET status = 'approved', approved_by = $3, approved_by_name = $4, approved_at = $5, revision = revision + 1 WHERE region_code = $1 AND id = $2",
      [plan.regionCode, plan.id, actor.userId, actor.displayName, now],
    );
    return {
      type: 'inspection.approved',
      to: 'approved',
      payload: { exemptionGround: plan.exemptionGround, exemptionApproved: !!plan.exemptionGround, counted },
    };
  });
}

export function rejectPlan(ctx: AppContext, actor: Actor, id: string, raw: unknown, meta: RequestMeta) {
  const parsed = RejectPlanBodySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  return transition(ctx, actor, id, meta, async (tx, plan) => {
    requireApprover(actor, plan);
    await tx.query(
      "UPDATE inspection_plans SET status = 'rejected', rejection_reason = $3, revision = revision + 1 WHERE region_code = $1 AND id = $2",
      [plan.regionCode, plan.id, parsed.data.reason],
    );
    return { type: 'inspection.rejected', to: 'rejected', payload: { reason: parsed.data.reason } };
  });
}

async function requireOnPlan(tx: Queryable, actor: Actor, plan: PlanRow): Promise<void> {
  const officers = await planOfficers(tx, plan.regionCode, plan.id);
  if (!can(actor, 'inspection.plan') || !officers.some((o) => o.userId === actor.userId)) {
    throw new AppError('AUTH.FORBIDDEN', '只有本次检查的执法人员可以签到、签退');
  }
}

/** Check-in: once; a retry of the same check-in returns the plan unchanged (idempotent). */
export function checkIn(ctx: AppContext, actor: Actor, id: string, raw: unknown, meta: RequestMeta) {
  const parsed = CheckInBodySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  return transition(ctx, actor, id, meta, async (tx, plan, now) => {
    await requireOnPlan(tx, actor, plan);
    if (plan.checkedInAt) {
      return null;
    }
    const today = shanghaiToday(ctx.now());
    const approvedOrEmergency = plan.status === 'approved' || (plan.status === 'pending_approval' && plan.emergency);
    if (!approvedOrEmergency) {
      throw new AppError('CONFLICT', '检查计划未经批准，不得入企检查');
    }
    if (today < plan.windowFrom || today > plan.windowTo) {
      throw new AppError('CONFLICT', `不在批准的检查期限（${plan.windowFrom}至${plan.windowTo}）内，不得入企检查`);
    }
    await tx.query(
      "UPDATE inspection_plans SET status = 'checked_in', checked_in_at = $3, checked_in_location = $4, revision = revision + 1 WHERE region_code = $1 AND id = $2",
      [plan.regionCode, plan.id, now, parsed.data.location ? JSON.stringify(parsed.data.location) : null],
    );
    return { type: 'inspection.checked_in', to: 'checked_in', payload: { location: parsed.data.location } };
  });
}

/** Check-out with the result: once; a retry returns the plan unchanged. */
export function checkOut(ctx: AppContext, actor: Actor, id: string, raw: unknown, meta: RequestMeta) {
  const parsed = CheckOutBodySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  return transition(ctx, actor, id, meta, async (tx, plan, now) => {
    await requireOnPlan(tx, actor, plan);
    if (plan.checkedOutAt) {
      return null;
    }
    if (plan.status !== 'checked_in') {
      throw new AppError('CONFLICT', '请先签到，再签退');
    }
    await tx.query(
      `UPDATE inspection_plans SET status = 'completed', checked_out_at = $3, checked_out_location = $4, result = $5, findings = $6, revision = revision + 1
       WHERE region_code = $1 AND id = $2`,
      [
        plan.regionCode,
        plan.id,
        now,
        parsed.data.location ? JSON.stringify(parsed.data.location) : null,
        parsed.data.result,
        parsed.data.findings,
      ],
    );
    return {
      type: 'inspection.checked_out',
      to: 'completed',
      payload: { result: parsed.data.result, findings: parsed.data.findings, location: parsed.data.location },
    };
  });
}

/** The enterprise rates an inspection of its own entity, once, after check-out. */
export async function ratePlan(ctx: AppContext, actor: Actor, id: string, raw: unknown, meta: RequestMeta): Promise<{ rated: true }> {
  const parsed = InspectionRatingInputSchema.safeParse(raw ?? {});
  if (!parsed.success) {
    throw validationError(fieldsOfZodError(parsed.error));
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const plan = await findPlan(tx, actor.regionCode, id, true);
    if (!plan || !can(actor, 'own_entity.read') || actor.entityUscc !== plan.entityUscc) {
      throw notFound('检查记录');
    }
    if (plan.status !== 'completed') {
      throw new AppError('CONFLICT', '检查结束（签退）后才能评价');
    }
    const r = await tx.query(
      `INSERT INTO inspection_ratings (region_code, plan_id, conduct, etiquette, disruption, comment, rated_at) VALUES ($1,$2,$3,$4,$5,$6,$7)
       ON CONFLICT DO NOTHING`,
      [plan.regionCode, plan.id, parsed.data.conduct, parsed.data.etiquette, parsed.data.disruption, parsed.data.comment, now],
    );
    if (r.rowCount === 0) {
      throw new AppError('CONFLICT', '该次检查已评价过');
    }
    // The event records that a rating was given, not its content (anonymous to the department).
    await recordChange(tx, actor, meta, now, { aggregateType: 'inspection', aggregateId: id, type: 'inspection.rated', payload: {} });
  });
  return { rated: true };
}

/** The inspection code of an approved plan (emergency plans: from entry), signed. */
export async function planCodeToken(ctx: AppContext, actor: Actor, id: string): Promise<string> {
  const plan = await visiblePlan(ctx.db, actor, id);
  if (
    !(
      plan.status === 'approved' ||
      plan.status === 'checked_in' ||
      plan.status === 'completed' ||
      (plan.emergency && plan.status === 'pending_approval')
    )
  ) {
    throw new AppError('CONFLICT', '检查计划经批准后才生成检查码');
  }
  return ctx.codeSigner.sign({ r: plan.regionCode, p: plan.id, f: plan.windowFrom, t: plan.windowTo });
}

const EMPTY_VIEW: Omit<CodeView, 'state' | 'message'> = {
  departmentName: null,
  entityName: null,
  windowFrom: null,
  windowTo: null,
  type: null,
  items: [],
  officers: [],
  checkedInAt: null,
  checkedOutAt: null,
  planId: null,
};

/** What anyone scanning a code sees (no login): whether it is genuine and valid now, and who may enter. */
export async function viewCode(ctx: AppContext, token: string): Promise<CodeView> {
  const v = ctx.codeSigner.verify(token);
  if (!v.ok) {
    return { ...EMPTY_VIEW, state: 'invalid', message: '检查码无效：无法验证签名，可能被篡改或伪造。请拒绝检查并拨打12345反映。' };
  }
  const plan = await findPlan(ctx.db, v.payload.r, v.payload.p);
  if (!plan) {
    return { ...EMPTY_VIEW, state: 'invalid', message: '检查码无效：查无此检查计划。' };
  }
  const [items, officers] = await Promise.all([
    planItems(ctx.db, plan.regionCode, plan.id),
    planOfficers(ctx.db, plan.regionCode, plan.id),
  ]);
  const today = shanghaiToday(ctx.now());
  const base = {
    departmentName: plan.departmentName,
    entityName: plan.entityName,
    windowFrom: plan.windowFrom,
    windowTo: plan.windowTo,
    type: plan.type,
    items: items.map((i) => ({ name: i.name, legalBasis: i.legalBasis })),
    officers: officers.map((o) => ({ displayName: o.displayName, certificateNo: o.certificateNo, departmentName: o.departmentName })),
    checkedInAt: plan.checkedInAt,
    checkedOutAt: plan.checkedOutAt,
    planId: plan.id,
  };
  if (plan.status === 'cancelled' || plan.status === 'rejected') {
    return { ...base, state: 'cancelled', message: '该检查计划已撤销或未获批准，检查码无效。' };
  }
  if (plan.status === 'pending_approval' && !plan.emergency) {
    return { ...base, state: 'not_approved', message: '该检查计划尚未批准，不得入企检查。' };
  }
  if (plan.status === 'completed') {
    return { ...base, state: 'completed', message: '本次检查已结束。' };
  }
  if (today < plan.windowFrom) {
    return { ...base, state: 'not_yet_valid', message: `检查码尚未生效：批准的检查期限自${plan.windowFrom}起。` };
  }
  if (today > plan.windowTo) {
    return { ...base, state: 'expired', message: `检查码已过期：批准的检查期限至${plan.windowTo}止。` };
  }
  return { ...base, state: 'valid', message: '检查码有效：本次检查已经批准，请核对执法人员姓名和执法证号。' };
}

/**
 * 制定检查计划: an officer plans an inspection of an entity — its items, at least two certified officers, the
 * window — submitted at once for the department's approval (常政办发〔2025〕5号 第十五项: 公务入企审批). The plan
 * must pass the frequency rules (常政办发〔2025〕5号 第十二项、第十五项) unless it states an exemption; a refused plan is not
 * stored, but the refusal is counted in the audit log.
 */
import type { InspectionPlan, InspectionPlanInput } from '@rouxing/contracts';
import { type Actor, applyPlanAction, can, type PlanUnderCheck, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { emergencyBackfillDueOn } from '../backfill-due';
import { auditFrequencyRefusal, checkFrequency, frequencyRefused } from '../frequency-check';
import { departmentName } from '../inspection-officer.repository';
import { insertPlan, insertPlanItems, insertPlanOfficers } from '../inspection-plan.repository';
import { requireValidCertificates } from '../officer-certificates';
import { checkPlanInput } from '../plan-input-check';
import { planActionRefused } from '../plan-step';
import { takeUpTriggeredTask } from '../take-up-task';
import { getPlan } from './get-plan';

export async function createPlan(ctx: AppContext, actor: Actor, input: InspectionPlanInput, meta: RequestMeta): Promise<InspectionPlan> {
  if (!can(actor, 'inspection.plan') || !actor.departmentId) {
    throw forbidden('无权制定检查计划');
  }
  const departmentId = actor.departmentId;
  const officers = await checkPlanInput(ctx.db, actor.regionCode, departmentId, input);
  requireValidCertificates(officers, input.officerIds, shanghaiToday(ctx.now()));
  const underCheck: PlanUnderCheck = {
    id: null,
    entityId: input.entityId,
    departmentId,
    type: input.type,
    windowFrom: input.windowFrom,
    windowTo: input.windowTo,
    jointGroupId: null,
    createdBy: actor.userId,
    exemption: input.exemptionGround ? { ground: input.exemptionGround, reason: input.exemptionReason, approvedBy: null } : null,
  };
  const check = await checkFrequency(ctx.db, actor.regionCode, underCheck, 'creation');
  if (!check.ok) {
    await auditFrequencyRefusal(ctx, actor, meta, input.entityId, check.refusals);
    throw frequencyRefused(check.refusals);
  }
  const today = shanghaiToday(ctx.now());
  const step = applyPlanAction(null, 'plan', today);
  if (!step.ok) {
    throw planActionRefused(step);
  }
  const backfillDueOn = input.emergency ? await emergencyBackfillDueOn(ctx.db, actor.regionCode, today) : null;
  const deptName = await departmentName(ctx.db, actor.regionCode, departmentId);
  const now = ctx.now().toISOString();
  const id = newId();
  await ctx.db.transaction(async (tx) => {
    await insertPlan(tx, {
      regionCode: actor.regionCode,
      id,
      departmentId,
      entityId: input.entityId,
      type: input.type,
      windowFrom: input.windowFrom,
      windowTo: input.windowTo,
      emergency: input.emergency,
      backfillDueOn,
      exemptionGround: input.exemptionGround,
      exemptionReason: input.exemptionGround ? input.exemptionReason : null,
      note: input.note,
      createdBy: actor.userId,
      createdByName: actor.displayName,
      createdAt: now,
    });
    await insertPlanItems(tx, actor.regionCode, id, input.itemIds);
    await insertPlanOfficers(tx, actor.regionCode, id, officers, deptName);
    await takeUpTriggeredTask(tx, actor, meta, now, input.triggeredTaskId, { id, entityId: input.entityId, departmentId });
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'inspection',
      aggregateId: id,
      type: 'inspection.planned',
      toState: step.to,
      payload: {
        entityId: input.entityId,
        type: input.type,
        itemIds: input.itemIds,
        officerIds: input.officerIds,
        window: [input.windowFrom, input.windowTo],
        emergency: input.emergency,
        exemptionGround: input.exemptionGround,
        counted: check.counted,
      },
    });
  });
  return getPlan(ctx, actor, id);
}

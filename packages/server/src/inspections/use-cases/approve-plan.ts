/**
 * 批准检查计划: the department's head or legal reviewer, not the planner, approves a plan pending approval
 * (常政办发〔2025〕5号 第十五项: 公务入企审批). The frequency rules are asked again — other plans may have been made
 * since — and approving the plan approves its exemption, if it states one.
 */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, applyPlanAction, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { refused } from '../../errors';
import { checkFrequency, frequencyRefused } from '../frequency-check';
import { markApproved, markBackfillApproved } from '../inspection-plan.repository';
import { requireApprover } from '../plan-roles';
import { planActionRefused, takePlanStep } from '../plan-step';

export function approvePlan(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<InspectionPlan> {
  return takePlanStep(ctx, actor, id, meta, async (tx, plan, now) => {
    requireApprover(actor, plan);
    // 紧急检查 already visited: its approval is back-filled (补办审批), once, and the visit keeps its state.
    const backfill = plan.emergency && (plan.status === 'checked_in' || plan.status === 'completed');
    if (backfill && plan.approvedAt) {
      throw refused('INSPECTION.NOT_PENDING_APPROVAL', '该紧急检查已补办审批，不能重复审批', 'status');
    }
    const step = applyPlanAction(plan, backfill ? 'backfill_approve' : 'approve', shanghaiToday(ctx.now()));
    if (!step.ok) {
      throw planActionRefused(step);
    }
    const check = await checkFrequency(
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
    if (!check.ok) {
      throw frequencyRefused(check.refusals);
    }
    const by = { id: actor.userId, name: actor.displayName };
    await (backfill ? markBackfillApproved(tx, plan, by, now) : markApproved(tx, plan, by, now));
    return {
      type: backfill ? 'inspection.backfill_approved' : 'inspection.approved',
      to: step.to,
      payload: {
        exemptionGround: plan.exemptionGround,
        exemptionApproved: !!plan.exemptionGround,
        counted: check.counted,
        ...(backfill
          ? { backfillDueOn: plan.backfillDueOn, late: !!plan.backfillDueOn && shanghaiToday(ctx.now()) > plan.backfillDueOn }
          : {}),
      },
    };
  });
}

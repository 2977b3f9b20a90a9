/**
 * 批准检查计划: the department's head or legal reviewer, not the planner, approves a plan pending approval
 * (常政办发〔2025〕5号 第十五项: 公务入企审批). The frequency rules are asked again — other plans may have been made
 * since — and approving the plan approves its exemption, if it states one.
 */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, applyPlanAction, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { checkFrequency, frequencyRefused } from '../frequency-check';
import { markApproved } from '../inspection-plan.repository';
import { requireApprover } from '../plan-roles';
import { planActionRefused, takePlanStep } from '../plan-step';

export function approvePlan(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<InspectionPlan> {
  return takePlanStep(ctx, actor, id, meta, async (tx, plan, now) => {
    requireApprover(actor, plan);
    const step = applyPlanAction(plan, 'approve', shanghaiToday(ctx.now()));
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
    await markApproved(tx, plan, { id: actor.userId, name: actor.displayName }, now);
    return {
      type: 'inspection.approved',
      to: step.to,
      payload: { exemptionGround: plan.exemptionGround, exemptionApproved: !!plan.exemptionGround, counted: check.counted },
    };
  });
}

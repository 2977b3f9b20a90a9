/** 不予批准: the department's head or legal reviewer, not the planner, rejects a plan pending approval, with the reason. */
import type { InspectionPlan, RejectPlanBody } from '@rouxing/contracts';
import { type Actor, applyPlanAction, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { markRejected } from '../inspection-plan.repository';
import { requireApprover } from '../plan-roles';
import { planActionRefused, takePlanStep } from '../plan-step';

export function rejectPlan(ctx: AppContext, actor: Actor, id: string, body: RejectPlanBody, meta: RequestMeta): Promise<InspectionPlan> {
  return takePlanStep(ctx, actor, id, meta, async (tx, plan) => {
    requireApprover(actor, plan);
    const step = applyPlanAction(plan, 'reject', shanghaiToday(ctx.now()));
    if (!step.ok) {
      throw planActionRefused(step);
    }
    await markRejected(tx, plan, body.reason);
    return { type: 'inspection.rejected', to: step.to, payload: { reason: body.reason } };
  });
}

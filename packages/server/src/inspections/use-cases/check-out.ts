/** 检查结束签退: an officer on the plan checks out with the result. Once: a retry returns the plan unchanged. */
import type { CheckOutBody, InspectionPlan } from '@rouxing/contracts';
import { type Actor, applyPlanAction, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { markCheckedOut } from '../inspection-plan.repository';
import { requireOnPlan } from '../plan-roles';
import { planActionRefused, takePlanStep } from '../plan-step';

export function checkOut(ctx: AppContext, actor: Actor, id: string, body: CheckOutBody, meta: RequestMeta): Promise<InspectionPlan> {
  return takePlanStep(ctx, actor, id, meta, async (tx, plan, now) => {
    requireOnPlan(actor, plan);
    const step = applyPlanAction(plan, 'check_out', shanghaiToday(ctx.now()));
    if (!step.ok) {
      throw planActionRefused(step);
    }
    if (step.repeat) {
      return null;
    }
    const after = await markCheckedOut(tx, plan, now, body);
    return {
      type: 'inspection.checked_out',
      to: step.to,
      payload: { result: body.result, findings: body.findings, location: body.location },
      after,
    };
  });
}

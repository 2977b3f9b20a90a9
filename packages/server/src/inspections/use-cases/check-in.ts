/**
 * 入企签到 (常政办发〔2025〕5号 第十五项: 入企扫码登记): an officer on the plan checks in at the enterprise — an
 * approved plan (an emergency plan before approval) within its window. Once: a retry of the same check-in
 * returns the plan unchanged (idempotent), with no second event.
 */
import type { CheckInBody, InspectionPlan } from '@rouxing/contracts';
import { type Actor, applyPlanAction, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { markCheckedIn } from '../inspection-plan.repository';
import { requireOnPlan } from '../plan-roles';
import { planActionRefused, takePlanStep } from '../plan-step';

export function checkIn(ctx: AppContext, actor: Actor, id: string, body: CheckInBody, meta: RequestMeta): Promise<InspectionPlan> {
  return takePlanStep(ctx, actor, id, meta, async (tx, plan, now) => {
    requireOnPlan(actor, plan);
    const step = applyPlanAction(plan, 'check_in', shanghaiToday(ctx.now()));
    if (!step.ok) {
      throw planActionRefused(step);
    }
    if (step.repeat) {
      return null;
    }
    const after = await markCheckedIn(tx, plan, now, body.location);
    return { type: 'inspection.checked_in', to: step.to, payload: { location: body.location }, after };
  });
}

/**
 * A step of a plan's lifecycle in one transaction: the plan loaded and locked within the actor's scope, the
 * step (permission, the domain's `applyPlanAction`, the write), and its event and audit rows.
 */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, type PlanActionResult, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../context';
import type { Queryable } from '../db/database';
import { type AppError, refused } from '../errors';
import { recountAfterPlanWrite } from '../indicators/recount-after-commit';
import { recordChange } from '../records/record-change';
import type { PlanRow } from './inspection-plan.repository';
import { planDto } from './plan-dtos';
import { visiblePlan } from './plan-scope';

/** What a step changed, for its event; null when there was nothing to do (a retried check-in). */
export type PlanChange = { type: string; to: string; payload: Record<string, unknown> } | null;

export async function takePlanStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
  step: (tx: Queryable, plan: PlanRow, now: string) => Promise<PlanChange>,
): Promise<InspectionPlan> {
  const now = ctx.now().toISOString();
  const changedIn = await ctx.db.transaction(async (tx) => {
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
      return plan.regionCode;
    }
    return null;
  });
  if (changedIn) {
    // The indicators' figures behind this plan (issue 12 item 2), once the step has committed.
    await recountAfterPlanWrite(ctx, changedIn, [id]);
  }
  return planDto(ctx.db, actor, await visiblePlan(ctx.db, actor, id), shanghaiToday(ctx.now()));
}

/** The domain's refusal of a plan action as the API's: 422 with the rule's code (a duplicate: 409). */
export function planActionRefused(result: Extract<PlanActionResult, { ok: false }>): AppError {
  return refused(result.code, result.problem, result.path);
}

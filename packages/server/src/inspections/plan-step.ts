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
import type { LockedPlan, PlanRow } from './inspection-plan.repository';
import { planDto } from './plan-dtos';
import { visibleLockedPlan, visiblePlan } from './plan-scope';

/**
 * What a step changed, for its event; null when there was nothing to do (a retried check-in). `after`: the plan's
 * columns as the step's UPDATE left them (known under the plan's lock) — given, the answer is built from them and the
 * plan's locked read (its officers and items) instead of reading the plan, its officers and its items again after the
 * commit (issue 15 item 5).
 */
export type PlanChange = {
  type: string;
  to: string;
  payload: Record<string, unknown>;
  after?: Partial<PlanRow>;
} | null;

export async function takePlanStep(
  ctx: AppContext,
  actor: Actor,
  id: string,
  meta: RequestMeta,
  step: (tx: Queryable, plan: LockedPlan, now: string) => Promise<PlanChange>,
): Promise<InspectionPlan> {
  const now = ctx.now().toISOString();
  const { plan, change } = await ctx.db.transaction(async (tx) => {
    const locked = await visibleLockedPlan(tx, actor, id);
    const made = await step(tx, locked, now);
    if (made) {
      await recordChange(tx, actor, meta, now, {
        aggregateType: 'inspection',
        aggregateId: id,
        type: made.type,
        fromState: locked.status,
        toState: made.to,
        payload: made.payload,
      });
    }
    return { plan: locked, change: made };
  });
  const { officers, items, entityIndustryCode, ...row } = plan;
  const written: PlanRow = { ...row, ...change?.after };
  if (change) {
    // The indicators' figures behind this plan (issue 12 item 2), once the step has committed; a plan in no joint
    // group is its own visit, its months known from the row (a step changes no plan's group).
    const lone = written.jointGroupId ? undefined : { checkedInAt: written.checkedInAt, entityIndustryCode };
    await recountAfterPlanWrite(ctx, plan.regionCode, [id], lone);
  }
  const today = shanghaiToday(ctx.now());
  if (change?.after) {
    return planDto(ctx.db, actor, written, today, { officers, items });
  }
  return planDto(ctx.db, actor, await visiblePlan(ctx.db, actor, id), today);
}

/** The domain's refusal of a plan action as the API's: 422 with the rule's code (a duplicate: 409). */
export function planActionRefused(result: Extract<PlanActionResult, { ok: false }>): AppError {
  return refused(result.code, result.problem, result.path);
}

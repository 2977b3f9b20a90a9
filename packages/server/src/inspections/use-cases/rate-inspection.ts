/**
 * The enterprise rates an inspection of its own entity (conduct, etiquette, disruption), once, after check-out
 * (常政办发〔2025〕5号 第十五项; 常政办发〔2025〕5号 第十五项: 进一步规范公务入企行为). The rating is anonymous to the department: the
 * event records that a rating was given, not its content.
 */
import type { InspectionRatingInput } from '@rouxing/contracts';
import { type Actor, applyPlanAction, can, shanghaiToday } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError, notFound } from '../../errors';
import { recordChange } from '../../records/record-change';
import { lockPlan } from '../inspection-plan.repository';
import { insertRating } from '../inspection-rating.repository';
import { planActionRefused } from '../plan-step';

export async function rateInspection(
  ctx: AppContext,
  actor: Actor,
  id: string,
  rating: InspectionRatingInput,
  meta: RequestMeta,
): Promise<{ rated: true }> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const plan = await lockPlan(tx, actor.regionCode, id);
    if (!plan || !can(actor, 'own_entity.read') || actor.entityUscc !== plan.entityUscc) {
      throw notFound('检查记录');
    }
    const step = applyPlanAction(plan, 'rate', shanghaiToday(ctx.now()));
    if (!step.ok) {
      throw planActionRefused(step);
    }
    if (!(await insertRating(tx, plan.regionCode, plan.id, rating, now))) {
      throw new AppError('CONFLICT.DUPLICATE', '该次检查已评价过');
    }
    await recordChange(tx, actor, meta, now, { aggregateType: 'inspection', aggregateId: id, type: 'inspection.rated', payload: {} });
  });
  return { rated: true };
}

/** A plan with its items and officers, within the actor's scope (the rating's content: Judicial Bureau only). */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { planDto } from '../plan-dtos';
import { visiblePlan } from '../plan-scope';

export async function getPlan(ctx: AppContext, actor: Actor, id: string): Promise<InspectionPlan> {
  return planDto(ctx.db, actor, await visiblePlan(ctx.db, actor, id), shanghaiToday(ctx.now()));
}

/** Plans and records: the department's own (the Judicial Bureau: all), the enterprise's of its own entity. */
import type { InspectionPlan } from '@rouxing/contracts';
import { type Actor, can, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { entityIdOfUscc } from '../inspection-entity.repository';
import { searchPlans } from '../inspection-plan.repository';
import { planDtos } from '../plan-dtos';

/** Matches no row: the scope of an actor without a department or entity. */
const NOBODY = '00000000-0000-0000-0000-000000000000';

export async function listPlans(
  ctx: AppContext,
  actor: Actor,
  q: { status?: string; entityId?: string; page: number; pageSize: number },
): Promise<{ items: InspectionPlan[]; total: number; page: number; pageSize: number }> {
  let departmentId: string | null | undefined;
  let entityId = q.entityId;
  if (can(actor, 'own_entity.read')) {
    entityId = (await entityIdOfUscc(ctx.db, actor.regionCode, actor.entityUscc)) ?? NOBODY;
  } else if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查记录');
  } else if (!actor.roles.includes('supervisor')) {
    departmentId = actor.departmentId ?? NOBODY;
  }
  const r = await searchPlans(ctx.db, actor.regionCode, { ...q, entityId, departmentId });
  // The page's statement read each plan's officers and items.
  const officers = new Map(r.items.map(({ id, officers }) => [id, officers]));
  const items = new Map(r.items.map(({ id, items }) => [id, items]));
  const rows = r.items.map(({ officers: _o, items: _i, ...row }) => row);
  const dtos = await planDtos(ctx.db, actor, rows, shanghaiToday(ctx.now()), { officers, items });
  return { items: dtos, total: r.total, page: q.page, pageSize: q.pageSize };
}

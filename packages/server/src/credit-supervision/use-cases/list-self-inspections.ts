/** 承诺式检查 lists: the department's (the Judicial Bureau: the region's), and the enterprise's own in its portal. */
import type { SelfInspection } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { ownEntity } from '../../credit/steps/credit-views';
import { forbidden } from '../../errors';
import { listSelfInspections } from '../self-inspection.repository';
import { departmentSelfInspection, ownSelfInspection, selfInspectionDto } from '../steps/self-inspection-views';

export async function departmentSelfInspections(ctx: AppContext, actor: Actor): Promise<{ items: SelfInspection[] }> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看承诺式检查');
  }
  const all = actor.roles.includes('supervisor');
  if (!all && !actor.departmentId) {
    return { items: [] };
  }
  const rows = await listSelfInspections(ctx.db, actor.regionCode, { departmentId: all ? null : actor.departmentId });
  return { items: rows.map(selfInspectionDto) };
}

export async function getDepartmentSelfInspection(ctx: AppContext, actor: Actor, id: string): Promise<SelfInspection> {
  return selfInspectionDto(await departmentSelfInspection(ctx.db, actor, id));
}

export async function mySelfInspections(ctx: AppContext, actor: Actor): Promise<{ items: SelfInspection[] }> {
  const e = await ownEntity(ctx, actor);
  const rows = await listSelfInspections(ctx.db, actor.regionCode, { entityId: e.id });
  return { items: rows.map(selfInspectionDto) };
}

export async function getMySelfInspection(ctx: AppContext, actor: Actor, id: string): Promise<SelfInspection> {
  return selfInspectionDto(await ownSelfInspection(ctx, actor, id));
}

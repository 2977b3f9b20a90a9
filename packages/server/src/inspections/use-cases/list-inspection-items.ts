/** 检查事项: the department's items (the Judicial Bureau: every department's). */
import type { InspectionItem } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { searchInspectionItems } from '../inspection-item.repository';

export async function listInspectionItems(ctx: AppContext, actor: Actor): Promise<InspectionItem[]> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查事项');
  }
  return searchInspectionItems(ctx.db, actor.regionCode, actor.roles.includes('supervisor') ? null : actor.departmentId);
}

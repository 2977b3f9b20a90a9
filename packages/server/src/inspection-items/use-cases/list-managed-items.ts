import type { ManagedInspectionItem } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { requireItemManager } from '../item-access';
import { listManagedItems } from '../managed-item.repository';

/** The items a reviewer maintains (own department); the Judicial Bureau reads every department's, to build its task list. */
export async function listItemsToManage(ctx: AppContext, actor: Actor): Promise<ManagedInspectionItem[]> {
  if (can(actor, 'inspection.task_list.manage')) {
    return listManagedItems(ctx.db, actor.regionCode, null);
  }
  if (!can(actor, 'inspection.item.manage')) {
    throw forbidden('检查事项由本部门法制审核人员维护');
  }
  return listManagedItems(ctx.db, actor.regionCode, requireItemManager(actor));
}

import type { InspectionItemInput, ManagedInspectionItem } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { requireItemManager } from '../item-access';
import { findManagedItem, insertManagedItem, itemCodeTaken } from '../managed-item.repository';

/** A reviewer adds an item to the department's list, unpublished until the reviewer publishes it. */
export async function createInspectionItem(
  ctx: AppContext,
  actor: Actor,
  input: InspectionItemInput,
  meta: RequestMeta,
): Promise<ManagedInspectionItem> {
  const departmentId = requireItemManager(actor);
  if (await itemCodeTaken(ctx.db, actor.regionCode, input.code, null)) {
    throw new AppError('CONFLICT.DUPLICATE', `事项编码${input.code}已被使用`, [{ path: 'code', message: '事项编码已存在' }]);
  }
  const id = newId();
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await insertManagedItem(tx, actor.regionCode, id, departmentId, input, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'inspection_item',
      aggregateId: id,
      type: 'inspection_item.create',
      toState: 'draft',
      payload: { ...input },
    });
  });
  return (await findManagedItem(ctx.db, actor.regionCode, id)) as ManagedInspectionItem;
}

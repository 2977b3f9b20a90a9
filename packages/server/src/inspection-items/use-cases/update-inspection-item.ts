import type { InspectionItemUpdate, ManagedInspectionItem } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { AppError } from '../../errors';
import { recordChange } from '../../records/record-change';
import { loadOwnItem } from '../item-access';
import { findManagedItem, itemCodeTaken, updateManagedItem } from '../managed-item.repository';

/** A reviewer edits an item of the department (optimistic version: a stale edit is 409). */
export async function updateInspectionItem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: InspectionItemUpdate,
  meta: RequestMeta,
): Promise<ManagedInspectionItem> {
  const existing = await loadOwnItem(ctx, actor, id);
  if (await itemCodeTaken(ctx.db, actor.regionCode, input.item.code, id)) {
    throw new AppError('CONFLICT.DUPLICATE', `事项编码${input.item.code}已被使用`, [{ path: 'item.code', message: '事项编码已存在' }]);
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    if (!(await updateManagedItem(tx, actor.regionCode, id, input.version, input.item, now))) {
      throw new AppError('CONFLICT.VERSION', '检查事项已被他人修改，请刷新后重试', [{ path: 'version', message: '版本已过期' }]);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'inspection_item',
      aggregateId: id,
      type: 'inspection_item.update',
      payload: { before: { ...existing }, after: { ...input.item } },
    });
  });
  return (await findManagedItem(ctx.db, actor.regionCode, id)) as ManagedInspectionItem;
}

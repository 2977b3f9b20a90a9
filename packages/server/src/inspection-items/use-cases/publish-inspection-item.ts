import type { ManagedInspectionItem } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { recordChange } from '../../records/record-change';
import { loadOwnItem } from '../item-access';
import { findManagedItem, publishManagedItem } from '../managed-item.repository';

/** Publishes an item: from now on it can be planned, complained about, put on the task list (publishing twice changes nothing). */
export async function publishInspectionItem(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<ManagedInspectionItem> {
  const existing = await loadOwnItem(ctx, actor, id);
  if (existing.published) {
    return existing;
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await publishManagedItem(tx, actor.regionCode, id, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'inspection_item',
      aggregateId: id,
      type: 'inspection_item.publish',
      fromState: 'draft',
      toState: 'published',
      payload: { code: existing.code, name: existing.name },
    });
  });
  return (await findManagedItem(ctx.db, actor.regionCode, id)) as ManagedInspectionItem;
}

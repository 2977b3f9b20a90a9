import type { ViolationItem, ViolationItemUpdate } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { AppError } from '../../../errors';
import { requireCatalogueWrite } from '../../access';
import { itemWrite, recordItemUpdate } from '../../steps/insert-violation-item';
import { updateViolationItemRow } from '../../violation-item.repository';
import { getViolationItem } from './get-violation-item';

/**
 * A reviewer changes an item of their department (and may not move it to another): optimistic on
 * `version` (409 `CONFLICT.VERSION` when someone changed it since it was read).
 */
export async function updateViolationItem(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: ViolationItemUpdate,
  meta: RequestMeta,
): Promise<ViolationItem> {
  const existing = await getViolationItem(ctx, actor, id);
  requireCatalogueWrite(actor, existing.departmentId);
  requireCatalogueWrite(actor, input.departmentId);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const version = await updateViolationItemRow(tx, actor.regionCode, id, input.version, itemWrite(input), now);
    if (version === null) {
      throw new AppError('CONFLICT.VERSION', '该违法行为事项已被他人修改，请刷新后重试');
    }
    await recordItemUpdate(tx, actor, meta, now, { id, code: existing.code, version, input });
  });
  return getViolationItem(ctx, actor, id);
}

import type { ViolationItem, ViolationItemInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { requireCatalogueWrite } from '../../access';
import { insertItemRecorded } from '../../steps/insert-violation-item';
import { getViolationItem } from './get-violation-item';

/** A reviewer adds an item to their department's catalogue; 409 when the code exists. */
export async function createViolationItem(
  ctx: AppContext,
  actor: Actor,
  input: ViolationItemInput,
  meta: RequestMeta,
): Promise<ViolationItem> {
  requireCatalogueWrite(actor, input.departmentId);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction((tx) => insertItemRecorded(tx, actor, meta, input, now));
  return getViolationItem(ctx, actor, id);
}

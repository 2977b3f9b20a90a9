import type { Actor } from '@rouxing/domain';
import { clearLockout } from '../../auth/user.repository';
import type { AppContext, RequestMeta } from '../../context';
import { recordChange } from '../../records/record-change';
import { loadManagedUser, requireUserManager } from '../account-rules';

/** Lifts a lock-out before it runs out (the user called the administrator). */
export async function unlockUser(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<void> {
  requireUserManager(actor);
  await loadManagedUser(ctx, actor, id);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    await clearLockout(tx, id);
    await recordChange(tx, actor, meta, now, { aggregateType: 'user', aggregateId: id, type: 'user.unlock', payload: {} });
  });
}

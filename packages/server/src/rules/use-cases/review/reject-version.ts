import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { recordChange } from '../../../records/record-change';
import { markRejected } from '../../review.repository';
import { lockForAction } from '../../steps/lock-version';
import type { VersionedKind } from '../../steps/review-kinds';

/** A reviewer returns a version pending review to draft, with the reason the author reads. */
export async function rejectVersion<T>(
  ctx: AppContext,
  kind: VersionedKind<T>,
  actor: Actor,
  id: string,
  reason: string,
  meta: RequestMeta,
): Promise<T> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, kind, actor, id, 'reject');
    await markRejected(tx, kind.table, state, reason, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: kind.aggregateType,
      aggregateId: id,
      type: `${kind.aggregateType}.returned`,
      fromState: 'pending_review',
      toState: 'draft',
      payload: { version: state.version, reason },
    });
  });
  return kind.read(ctx, actor, id);
}

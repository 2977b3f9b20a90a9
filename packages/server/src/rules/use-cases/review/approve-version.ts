/**
 * A reviewer other than the author publishes a version pending review (four eyes: `*.SELF_APPROVAL`); the
 * published version of the same series is superseded. The event records the SHA-256 of the version's
 * content, so that the published text can be proven unchanged later (`rouxing verify` checks the chain).
 */
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { canonicalJson, sha256Hex } from '../../../records/canonical';
import { recordChange } from '../../../records/record-change';
import { markPublished } from '../../review.repository';
import { lockForAction, requireRevision } from '../../steps/lock-version';
import type { VersionedKind } from '../../steps/review-kinds';

export async function approveVersion<T>(
  ctx: AppContext,
  kind: VersionedKind<T>,
  actor: Actor,
  id: string,
  revision: number,
  meta: RequestMeta,
): Promise<T> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, kind, actor, id, 'approve');
    requireRevision(state, revision, kind.noun);
    const contentHash = sha256Hex(canonicalJson(await kind.content(tx, state.regionCode, id)));
    const superseded = await markPublished(tx, kind.table, state, { id: actor.userId, name: actor.displayName }, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: kind.aggregateType,
      aggregateId: id,
      type: `${kind.aggregateType}.published`,
      fromState: 'pending_review',
      toState: 'published',
      payload: { version: state.version, seriesId: state.seriesId, contentHash, superseded },
    });
    for (const old of superseded) {
      await recordChange(tx, actor, meta, now, {
        aggregateType: kind.aggregateType,
        aggregateId: old,
        type: `${kind.aggregateType}.superseded`,
        fromState: 'published',
        toState: 'superseded',
        payload: { by: id, byVersion: state.version },
      });
    }
  });
  return kind.read(ctx, actor, id);
}

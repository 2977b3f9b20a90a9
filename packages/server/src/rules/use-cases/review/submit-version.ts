/**
 * The review workflow of list versions and benchmark versions (常政办发〔2025〕5号 第1项、第2项; 行政处罚法
 * 第三十四条: 裁量基准应当向社会公布), one transaction a step, recorded on the version's event chain.
 */
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { recordChange } from '../../../records/record-change';
import { markSubmitted } from '../../review.repository';
import { lockForAction, requireRevision } from '../../steps/lock-version';
import type { VersionedKind } from '../../steps/review-kinds';

/** The author (or a colleague of the department) submits a draft for review. */
export async function submitVersion<T>(
  ctx: AppContext,
  kind: VersionedKind<T>,
  actor: Actor,
  id: string,
  revision: number,
  meta: RequestMeta,
): Promise<T> {
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, kind, actor, id, 'submit');
    requireRevision(state, revision, kind.noun);
    await markSubmitted(tx, kind.table, state, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: kind.aggregateType,
      aggregateId: id,
      type: `${kind.aggregateType}.submitted`,
      fromState: 'draft',
      toState: 'pending_review',
      payload: { version: state.version },
    });
  });
  return kind.read(ctx, actor, id);
}

import type { NoPenaltyListDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { notFound, refused } from '../../../errors';
import { newId } from '../../../records/ids';
import { recordChange } from '../../../records/record-change';
import { findList, insertList, listEntries, replaceEntries } from '../../no-penalty-list.repository';
import { nextVersionOf, openDraftOf } from '../../review.repository';
import { lockForAction } from '../../steps/lock-version';
import { LIST_KIND } from '../../steps/review-kinds';
import { getNoPenaltyList } from './get-no-penalty-list';

/**
 * A new draft version copying a published (or superseded) one: the way to change a published list. One
 * open draft per series (`LIST.OPEN_DRAFT_EXISTS`).
 */
export async function newNoPenaltyListVersion(ctx: AppContext, actor: Actor, id: string, meta: RequestMeta): Promise<NoPenaltyListDetail> {
  const now = ctx.now().toISOString();
  const created = await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, LIST_KIND, actor, id, 'new_version');
    if (await openDraftOf(tx, 'no_penalty_lists', actor.regionCode, state.seriesId)) {
      throw refused('LIST.OPEN_DRAFT_EXISTS', '该清单已有一个未发布的新版本，请先完成或退回该版本', 'seriesId');
    }
    const source = await findList(tx, actor.regionCode, id);
    if (!source) {
      throw notFound('不予处罚清单');
    }
    const entries = await listEntries(tx, actor.regionCode, id);
    const version = await nextVersionOf(tx, 'no_penalty_lists', actor.regionCode, state.seriesId);
    const copy = newId();
    const createdBy = { id: actor.userId, name: actor.displayName };
    await insertList(tx, { ...source, regionCode: actor.regionCode, id: copy, seriesId: state.seriesId, version, createdBy }, now);
    await replaceEntries(tx, actor.regionCode, copy, entries);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'no_penalty_list',
      aggregateId: copy,
      type: 'no_penalty_list.drafted',
      toState: 'draft',
      payload: { title: source.title, version, basedOn: id, entries: entries.length, origin: 'new_version' },
    });
    return copy;
  });
  return getNoPenaltyList(ctx, actor, created);
}

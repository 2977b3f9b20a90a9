import type { NoPenaltyListDetail, NoPenaltyListUpdate } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { AppError } from '../../../errors';
import { recordChange } from '../../../records/record-change';
import { requireListDraftRights } from '../../access';
import { replaceEntries, updateDraftList } from '../../no-penalty-list.repository';
import { checkedEntries } from '../../steps/check-list-entries';
import { lockForAction } from '../../steps/lock-version';
import { LIST_KIND } from '../../steps/review-kinds';
import { getNoPenaltyList } from './get-no-penalty-list';

/**
 * Edits a draft: its fields, and its entries replaced whole. Only a draft may change (a published version
 * is immutable: `LIST.PUBLISHED_IMMUTABLE`); optimistic on `revision` (409 `CONFLICT.VERSION`).
 */
export async function updateNoPenaltyList(
  ctx: AppContext,
  actor: Actor,
  id: string,
  input: NoPenaltyListUpdate,
  meta: RequestMeta,
): Promise<NoPenaltyListDetail> {
  const { entries, revision, ...fields } = input;
  requireListDraftRights(actor, fields.departmentId);
  const checked = await checkedEntries(ctx.db, actor.regionCode, entries);
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const state = await lockForAction(tx, LIST_KIND, actor, id, 'edit');
    if (!(await updateDraftList(tx, actor.regionCode, id, revision, fields, now))) {
      throw new AppError('CONFLICT.VERSION', '该清单已被他人修改，请刷新后重试');
    }
    await replaceEntries(tx, actor.regionCode, id, checked);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'no_penalty_list',
      aggregateId: id,
      type: 'no_penalty_list.edited',
      payload: { version: state.version, title: fields.title, entries: checked.length },
    });
  });
  return getNoPenaltyList(ctx, actor, id);
}

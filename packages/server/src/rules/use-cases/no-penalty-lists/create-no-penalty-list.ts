import type { NoPenaltyListDetail, NoPenaltyListInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { requireListDraftRights } from '../../access';
import { checkedEntries } from '../../steps/check-list-entries';
import { insertDraftList } from '../../steps/insert-draft-list';
import { getNoPenaltyList } from './get-no-penalty-list';

/** Drafts version 1 of a new list of the actor's department (常政办发〔2025〕5号 第1项). */
export async function createNoPenaltyList(
  ctx: AppContext,
  actor: Actor,
  input: NoPenaltyListInput,
  meta: RequestMeta,
): Promise<NoPenaltyListDetail> {
  const { entries, ...fields } = input;
  requireListDraftRights(actor, fields.departmentId);
  const checked = await checkedEntries(ctx.db, actor.regionCode, entries);
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction((tx) => insertDraftList(tx, actor, meta, fields, checked, now));
  return getNoPenaltyList(ctx, actor, id);
}

import type { NoPenaltyListDetail, NoPenaltyListImportFields } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { recordChange } from '../../../records/record-change';
import { requireListDraftRights } from '../../access';
import { byRowAndColumn, listEntriesOfRows, readListRows } from '../../import/list-file';
import { checkedEntries } from '../../steps/check-list-entries';
import { insertDraftList } from '../../steps/insert-draft-list';
import { getNoPenaltyList } from './get-no-penalty-list';

/**
 * A new draft list from a file: the list's fields from the form, its entries from the rows; every row
 * good or nothing written (each bad row named by row and column).
 */
export async function importNoPenaltyList(
  ctx: AppContext,
  actor: Actor,
  file: { data: Buffer; fileName: string },
  fields: NoPenaltyListImportFields,
  meta: RequestMeta,
): Promise<NoPenaltyListDetail> {
  requireListDraftRights(actor, fields.departmentId);
  const rows = await readListRows(file.data);
  const entries = listEntriesOfRows(rows);
  const checked = await checkedEntries(ctx.db, actor.regionCode, entries).catch((err: unknown) => {
    throw byRowAndColumn(err, rows);
  });
  const now = ctx.now().toISOString();
  const id = await ctx.db.transaction(async (tx) => {
    const created = await insertDraftList(tx, actor, meta, fields, checked, now, 'import');
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'no_penalty_list',
      aggregateId: created,
      type: 'no_penalty_list.imported',
      payload: { fileName: file.fileName, rows: checked.length },
    });
    return created;
  });
  return getNoPenaltyList(ctx, actor, id);
}

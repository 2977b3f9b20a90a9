/** Version 1 of a new list as a draft, with its entries and its event: the form, the import and the demo seed. */
import type { NoPenaltyListEntryInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { newId } from '../../records/ids';
import { recordChange } from '../../records/record-change';
import { insertList, type ListFields, replaceEntries } from '../no-penalty-list.repository';

export async function insertDraftList(
  tx: Queryable,
  actor: Actor,
  meta: RequestMeta,
  fields: ListFields,
  entries: readonly NoPenaltyListEntryInput[],
  now: string,
  origin: 'form' | 'import' | 'seed' = 'form',
): Promise<string> {
  const id = newId();
  await insertList(
    tx,
    { ...fields, regionCode: actor.regionCode, id, seriesId: id, version: 1, createdBy: { id: actor.userId, name: actor.displayName } },
    now,
  );
  await replaceEntries(tx, actor.regionCode, id, entries);
  await recordChange(tx, actor, meta, now, {
    aggregateType: 'no_penalty_list',
    aggregateId: id,
    type: 'no_penalty_list.drafted',
    toState: 'draft',
    payload: { title: fields.title, version: 1, entries: entries.length, origin },
  });
  return id;
}

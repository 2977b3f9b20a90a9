import type { Actor } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { notFound } from '../../errors';
import { type CaseRow, findCase } from '../case.repository';
import { canReadCase } from '../scope';

/** The case if the actor may read it (locked for a change when `lock`); otherwise the same 404 as for no case. */
export async function visibleCase(db: Queryable, actor: Actor, id: string, lock = false): Promise<CaseRow> {
  const row = await findCase(db, actor.regionCode, id, lock);
  if (!row || !canReadCase(actor, row)) {
    throw notFound('案件');
  }
  return row;
}

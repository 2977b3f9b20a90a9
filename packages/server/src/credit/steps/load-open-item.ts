import { type Actor, canSeeDepartmentRecord } from '@rouxing/domain';
import type { Queryable } from '../../db/database';
import { notFound, refused } from '../../errors';
import { type CorrectionItemRow, findCorrectionItem } from '../correction-item.repository';

/** A correction item of the actor's department, locked for the change; 404 out of scope, refused unless open. */
export async function loadOpenItem(tx: Queryable, actor: Actor, id: string): Promise<CorrectionItemRow> {
  const item = await findCorrectionItem(tx, actor.regionCode, id, true);
  if (
    !item ||
    !canSeeDepartmentRecord(actor, { regionCode: actor.regionCode, departmentIds: [item.departmentId] }) ||
    actor.departmentId !== item.departmentId
  ) {
    throw notFound('纠正事项');
  }
  if (item.status !== 'open') {
    throw refused('CORRECTION.NOT_OPEN', `该纠正事项已${item.status === 'corrected' ? '纠正' : '说明理由'}，不能再次处理`, 'status');
  }
  return item;
}

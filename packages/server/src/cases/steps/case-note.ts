import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import { recordChange } from '../../records/record-change';
import { type CaseRow, touchCase } from '../case.repository';

/**
 * A change on the case that is not a lifecycle step (a material filed, a signature, a delivery served):
 * an event on the case's chain, its audit row, and the case's version moved on.
 */
export async function caseNote(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  type: string,
  payload: Record<string, unknown>,
  attachments?: string[],
): Promise<void> {
  await recordChange(tx, actor, meta, ctx.now().toISOString(), {
    aggregateType: 'case',
    aggregateId: row.id,
    type,
    fromState: row.state,
    toState: row.state,
    payload,
    attachments,
  });
  await touchCase(tx, row.regionCode, row.id, ctx.now().toISOString());
}

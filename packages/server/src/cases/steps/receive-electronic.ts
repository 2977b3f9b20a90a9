import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import type { Queryable } from '../../db/database';
import type { CaseRow } from '../case.repository';
import { type DeliveryRef, markDelivered } from '../delivery.repository';
import { today } from '../today';
import { caseNote } from './case-note';
import { fileMaterial } from './file-material';

/** The portal's receipt of an electronic delivery: the day, the account, and the proof filed. */
export async function markReceived(
  tx: Queryable,
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  row: CaseRow,
  d: Pick<DeliveryRef, 'id' | 'measureId' | 'proofItem' | 'documentNo'>,
): Promise<void> {
  const on = today(ctx);
  await markDelivered(tx, actor.regionCode, d.id, on, actor.displayName);
  await fileMaterial(tx, ctx, actor, {
    caseId: row.id,
    measureId: d.measureId,
    item: d.proofItem,
    source: 'delivery',
    note: `电子送达：${d.documentNo}于${on}由当事人账号（${actor.displayName}）在企业端签收`,
  });
  await caseNote(tx, ctx, actor, meta, row, 'case.delivered', { deliveryId: d.id, method: 'electronic', receivedOn: on });
}

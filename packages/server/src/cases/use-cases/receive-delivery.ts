import type { CaseDetail } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { notFound, refused } from '../../errors';
import { lockDelivery } from '../delivery.repository';
import { isParty } from '../scope';
import { markReceived } from '../steps/receive-electronic';
import { visibleCase } from '../steps/visible-case';
import { getCase } from './get-case';

/** 电子送达: the party opens the document in the portal, and that is the receipt (opening it again changes nothing). */
export async function receiveDelivery(ctx: AppContext, actor: Actor, meta: RequestMeta, deliveryId: string): Promise<CaseDetail> {
  const caseId = await ctx.db.transaction(async (tx) => {
    const d = await lockDelivery(tx, actor.regionCode, deliveryId);
    if (!d) {
      throw notFound('送达记录');
    }
    const row = await visibleCase(tx, actor, d.caseId, true);
    if (!isParty(actor, row)) {
      throw notFound('送达记录');
    }
    if (d.method !== 'electronic') {
      throw refused('CASE.NOT_ELECTRONIC', '该文书不是电子送达', 'delivery');
    }
    if (!d.deliveredOn) {
      await markReceived(tx, ctx, actor, meta, row, d);
    }
    return row.id;
  });
  return getCase(ctx, actor, caseId);
}

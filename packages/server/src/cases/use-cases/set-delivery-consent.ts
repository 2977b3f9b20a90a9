import type { DeliveryConsent } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden, notFound } from '../../errors';
import { recordChange } from '../../records/record-change';
import { findPartyByUscc } from '../case-context.repository';
import { giveDeliveryConsent, revokeDeliveryConsent } from '../delivery.repository';

/**
 * 电子送达确认书: the party consents to electronic delivery, or withdraws its consent (cf. 行政处罚法 第六十一条第二款:
 * 当事人同意并签订确认书的，可以采用电子送达); an event on the entity's chain.
 */
export async function setDeliveryConsent(ctx: AppContext, actor: Actor, meta: RequestMeta, consent: boolean): Promise<DeliveryConsent> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw forbidden('电子送达确认书须由当事人签署');
  }
  const uscc = actor.entityUscc;
  await ctx.db.transaction(async (tx) => {
    const entityId = (await findPartyByUscc(tx, actor.regionCode, uscc))?.id;
    if (!entityId) {
      throw notFound('企业');
    }
    const now = ctx.now().toISOString();
    if (consent) {
      await giveDeliveryConsent(tx, actor.regionCode, entityId, now, actor.userId);
    } else {
      await revokeDeliveryConsent(tx, actor.regionCode, entityId, now);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'entity',
      aggregateId: entityId,
      type: consent ? 'delivery_consent.given' : 'delivery_consent.revoked',
      payload: { consent },
    });
  });
  return { consent };
}

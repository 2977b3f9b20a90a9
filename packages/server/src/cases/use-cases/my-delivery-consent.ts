import type { DeliveryConsent } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { findPartyByUscc } from '../case-context.repository';
import { electronicConsentOf } from '../delivery.repository';

/** Whether the party has a 电子送达确认书 on file (the portal's consent card). */
export async function myDeliveryConsent(ctx: AppContext, actor: Actor): Promise<DeliveryConsent> {
  if (!can(actor, 'case.portal') || !actor.entityUscc) {
    throw forbidden('仅限企业用户');
  }
  const id = (await findPartyByUscc(ctx.db, actor.regionCode, actor.entityUscc))?.id;
  return { consent: id ? await electronicConsentOf(ctx.db, actor.regionCode, id) : false };
}

import type { ReceivedGuidance } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { forbidden } from '../../../errors';
import { guidanceReceivedBy } from '../campaign.repository';

/** The guidance the party received (portal). */
export async function myGuidance(ctx: AppContext, actor: Actor): Promise<ReceivedGuidance[]> {
  if (!can(actor, 'case.portal')) {
    throw forbidden('仅限企业用户');
  }
  return guidanceReceivedBy(ctx.db, actor.regionCode, actor.entityUscc);
}

import type { FollowUpView } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { listFollowUpVisits } from '../follow-up.repository';
import { isStaff } from '../scope';
import { today } from '../today';

/** The visits the actor sees: the party its own, the Judicial Bureau and oversight the region's, staff their department's. */
export async function listFollowUps(ctx: AppContext, actor: Actor, q: { open?: boolean }): Promise<FollowUpView[]> {
  const t = today(ctx);
  const open = q.open;
  if (can(actor, 'case.portal')) {
    return listFollowUpVisits(ctx.db, actor.regionCode, t, { partyUscc: actor.entityUscc, open });
  }
  if (can(actor, 'case.read') && !isStaff(actor)) {
    return listFollowUpVisits(ctx.db, actor.regionCode, t, { open });
  }
  if (!isStaff(actor)) {
    throw forbidden('无权查看回访');
  }
  return listFollowUpVisits(ctx.db, actor.regionCode, t, { departmentId: actor.departmentId, open });
}

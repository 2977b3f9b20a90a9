import type { Campaign } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { forbidden } from '../../../errors';
import { departmentCampaigns } from '../campaign.repository';

/** The department's campaigns, newest first, with how many recipients opened their copy. */
export async function listCampaigns(ctx: AppContext, actor: Actor): Promise<Campaign[]> {
  if (!actor.departmentId) {
    throw forbidden('仅限执法部门');
  }
  return departmentCampaigns(ctx.db, actor.regionCode, actor.departmentId);
}

import type { CampaignTarget } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { type CampaignRecipient, campaignRecipients } from './campaign.repository';

/** The entities the target reaches now (one more than the most a campaign may reach, to tell "too many"). */
export function recipientsOf(ctx: AppContext, actor: Actor, t: CampaignTarget): Promise<CampaignRecipient[]> {
  return campaignRecipients(ctx.db, {
    regionCode: actor.regionCode,
    industryPrefix: t.industryPrefix,
    area: t.area,
    entityIds: t.entityIds,
    complaintItemId: t.complaintItemId,
    fromCases: t.fromCases,
    departmentId: actor.departmentId,
    since: new Date(ctx.now().getTime() - t.sinceDays * 86_400_000).toISOString(),
  });
}

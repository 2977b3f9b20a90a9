import {
  CAMPAIGN_TARGET_MISSING,
  type CampaignPreview,
  type CampaignTarget,
  MAX_CAMPAIGN_ENTITIES,
  targetIsEmpty,
} from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { forbidden, validationError } from '../../../errors';
import { recipientsOf } from '../recipients';

/** How many entities the target reaches now, and the first names (the form's preview). */
export async function previewCampaign(ctx: AppContext, actor: Actor, target: CampaignTarget): Promise<CampaignPreview> {
  if (!can(actor, 'case.handle')) {
    throw forbidden('仅限执法人员');
  }
  if (targetIsEmpty(target)) {
    throw validationError([{ path: 'target', message: CAMPAIGN_TARGET_MISSING }]);
  }
  const rows = await recipientsOf(ctx, actor, target);
  return {
    count: Math.min(rows.length, MAX_CAMPAIGN_ENTITIES),
    tooMany: rows.length > MAX_CAMPAIGN_ENTITIES,
    sample: rows.slice(0, 10).map((r) => r.name),
  };
}

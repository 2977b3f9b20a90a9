import type { FollowUpSetting, FollowUpSettingsInput } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../../context';
import { recordChange } from '../../../records/record-change';
import { requireReviewer } from '../../scope';
import { saveFollowUpDays } from '../follow-up-setting.repository';
import { getFollowUpSettings } from './get-follow-up-settings';

/** A reviewer sets the department's follow-up days (the policy sets no number; null: no visit for that type). */
export async function setFollowUpSettings(
  ctx: AppContext,
  actor: Actor,
  meta: RequestMeta,
  input: FollowUpSettingsInput,
): Promise<FollowUpSetting[]> {
  const departmentId = requireReviewer(actor, '设置回访期限');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    for (const [t, days] of Object.entries(input)) {
      await saveFollowUpDays(tx, actor.regionCode, departmentId, t, days ?? null);
    }
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'department',
      aggregateId: departmentId,
      type: 'follow_up_settings.changed',
      payload: input,
    });
  });
  return getFollowUpSettings(ctx, actor);
}

import type { CorrectionSettings } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { recordChange } from '../../records/record-change';
import { requirePermission } from '../access';
import { correctionWorkingDays, saveCorrectionWorkingDays } from '../correction-item.repository';

/** The Judicial Bureau sets the period for items made from now on (items already open keep their deadline). */
export async function setCorrectionSettings(
  ctx: AppContext,
  actor: Actor,
  body: CorrectionSettings,
  meta: RequestMeta,
): Promise<CorrectionSettings> {
  requirePermission(actor, 'correction.configure', '只有司法局可以设置纠正期限');
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const before = await correctionWorkingDays(tx, actor.regionCode);
    await saveCorrectionWorkingDays(tx, actor.regionCode, body.workingDays, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'correction_settings',
      aggregateId: actor.regionCode,
      type: 'correction_settings.changed',
      payload: { workingDaysBefore: before, workingDays: body.workingDays },
    });
  });
  return { workingDays: body.workingDays };
}

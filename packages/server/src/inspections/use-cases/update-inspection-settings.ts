/** The Judicial Bureau sets the region's inspection settings (the working days to back-fill an emergency plan's approval). */
import type { InspectionSettings } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext, RequestMeta } from '../../context';
import { forbidden } from '../../errors';
import { recordChange } from '../../records/record-change';
import { inspectionSettingsOf, saveInspectionSettings } from '../inspection-settings.repository';

export async function updateInspectionSettings(
  ctx: AppContext,
  actor: Actor,
  input: InspectionSettings,
  meta: RequestMeta,
): Promise<InspectionSettings> {
  if (!can(actor, 'inspection.settings')) {
    throw forbidden('无权修改检查设置');
  }
  const now = ctx.now().toISOString();
  await ctx.db.transaction(async (tx) => {
    const before = await inspectionSettingsOf(tx, actor.regionCode);
    await saveInspectionSettings(tx, actor.regionCode, input, actor.userId, now);
    await recordChange(tx, actor, meta, now, {
      aggregateType: 'inspection_settings',
      aggregateId: actor.regionCode,
      type: 'inspection.settings_updated',
      payload: { before, after: input },
    });
  });
  return inspectionSettingsOf(ctx.db, actor.regionCode);
}

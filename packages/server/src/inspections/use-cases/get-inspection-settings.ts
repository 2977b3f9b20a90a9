/** The region's inspection settings (every inspecting department reads them). */
import type { InspectionSettings } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { inspectionSettingsOf } from '../inspection-settings.repository';

export async function getInspectionSettings(ctx: AppContext, actor: Actor): Promise<InspectionSettings> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看检查设置');
  }
  return inspectionSettingsOf(ctx.db, actor.regionCode);
}

import type { CorrectionSettings } from '@rouxing/contracts';
import type { Actor } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { requirePermission } from '../access';
import { correctionWorkingDays } from '../correction-item.repository';

/** The working days departments have to correct or justify an item (read by whoever sees the items). */
export async function getCorrectionSettings(ctx: AppContext, actor: Actor): Promise<CorrectionSettings> {
  requirePermission(actor, 'issued_decision.read', '无权查看纠正期限');
  return { workingDays: await correctionWorkingDays(ctx.db, actor.regionCode) };
}

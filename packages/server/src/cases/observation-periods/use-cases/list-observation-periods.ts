import type { ObservationPeriod } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../../context';
import { forbidden } from '../../../errors';
import { listObservationPeriodRows } from '../observation-period.repository';

/** The region's observation periods (常政办发〔2025〕5号 第十四项), newest first, for whoever may read cases. */
export async function listObservationPeriods(ctx: AppContext, actor: Actor): Promise<ObservationPeriod[]> {
  if (!can(actor, 'case.read')) {
    throw forbidden('无权查看观察期名录');
  }
  return listObservationPeriodRows(ctx.db, actor.regionCode);
}

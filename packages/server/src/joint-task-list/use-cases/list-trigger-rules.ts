import type { TriggerRule } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { listTriggerRules } from '../task-list.repository';

/** The region's trigger rules (触发式监管), for every department to read. */
export async function listRegionTriggerRules(ctx: AppContext, actor: Actor): Promise<TriggerRule[]> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看触发规则');
  }
  return listTriggerRules(ctx.db, actor.regionCode);
}

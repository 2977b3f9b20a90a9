/** The department's triggered inspection tasks (the Judicial Bureau: all), with the number of signals behind each. */
import type { TriggeredTask } from '@rouxing/contracts';
import { type Actor, can } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { searchTriggeredTasks } from '../trigger.repository';

export async function listTriggeredTasks(ctx: AppContext, actor: Actor): Promise<TriggeredTask[]> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看触发式检查任务');
  }
  return searchTriggeredTasks(ctx.db, actor.regionCode, actor.roles.includes('supervisor') ? null : actor.departmentId);
}

import type { TaskListEntry } from '@rouxing/contracts';
import { type Actor, can, industryName } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { forbidden } from '../../errors';
import { listTaskListEntries } from '../task-list.repository';

/** The region's 综合查一次 task list, drafts included (any department reads it; the Judicial Bureau keeps it). */
export async function listTaskList(ctx: AppContext, actor: Actor): Promise<TaskListEntry[]> {
  if (!can(actor, 'inspection.read')) {
    throw forbidden('无权查看任务清单');
  }
  const rows = await listTaskListEntries(ctx.db, actor.regionCode);
  return rows.map((r) => ({ ...r, industryName: industryName(r.industryCode) }));
}

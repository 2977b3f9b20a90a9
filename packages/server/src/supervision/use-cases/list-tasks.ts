import type { SupervisionTaskQuery } from '@rouxing/contracts';
import { type Actor, shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { listScope, requirePermission } from '../access';
import { supervisionTaskDto } from '../dto';
import { listSupervisionTasks } from '../supervision-task.repository';

/** Supervision tasks: the department's own, or the region's for the Judicial Bureau; `overdue=true` the late ones. */
export async function listVisibleSupervisionTasks(ctx: AppContext, actor: Actor, q: SupervisionTaskQuery) {
  requirePermission(actor, 'supervision.read', '无权查看督导事项');
  const scope = listScope(actor);
  if (scope === 'none') {
    return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
  }
  const today = shanghaiToday(ctx.now());
  const { rows, total } = await listSupervisionTasks(ctx.db, actor.regionCode, scope, q, today);
  return { items: rows.map((r) => supervisionTaskDto(r, today)), total, page: q.page, pageSize: q.pageSize };
}

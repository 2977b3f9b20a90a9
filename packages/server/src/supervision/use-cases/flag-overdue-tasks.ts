import { shanghaiToday } from '@rouxing/domain';
import type { AppContext } from '../../context';
import { appendEvent } from '../../records/event.repository';
import { flagOverdueSupervisionTasks } from '../supervision-task.repository';

export const SWEEP_ACTOR = { id: '00000000-0000-0000-0000-000000000000', name: '系统（期限提醒）' };

/**
 * The daily sweep's part: tasks waiting for their department past the last working day are marked overdue,
 * one `supervision_task.overdue` event each (the flag itself is also computed from `due_on` on every read).
 */
export async function flagOverdueSupervisionTasksNow(ctx: AppContext): Promise<number> {
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  return ctx.db.transaction(async (tx) => {
    const flagged = await flagOverdueSupervisionTasks(tx, today);
    for (const f of flagged) {
      await appendEvent(tx, {
        regionCode: f.regionCode,
        aggregateType: 'supervision_task',
        aggregateId: f.id,
        type: 'supervision_task.overdue',
        actor: SWEEP_ACTOR,
        occurredAt: now,
        payload: { dueOn: f.dueOn, flaggedOn: today, departmentId: f.departmentId },
      });
    }
    return flagged.length;
  });
}

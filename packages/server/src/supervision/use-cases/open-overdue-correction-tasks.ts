import { ArrangementMissing, shanghaiToday } from '@rouxing/domain';
import { loadWorkCalendar } from '../../calendar/work-calendar';
import type { AppContext } from '../../context';
import { appendEvent } from '../../records/event.repository';
import { newId } from '../../records/ids';
import { insertSupervisionTask, overdueCorrectionsWithoutTask } from '../supervision-task.repository';
import { SWEEP_ACTOR } from './flag-overdue-tasks';

/** Working days the department has to answer a task opened by itself from an overdue correction item. */
export const AUTO_TASK_WORKING_DAYS = 10;

/**
 * The daily sweep's part: a correction item (纠正"小案重罚", 常政办发〔2025〕5号 第十五项) left open past its deadline
 * becomes a supervision task of the Judicial Bureau to its department (保障措施（二）: 对…落实不力的…及时督促解决) —
 * one per item however often the sweep runs. A year without a holiday arrangement leaves the items for a later
 * sweep (never guessed); the count of tasks opened is returned.
 */
export async function openOverdueCorrectionTasks(ctx: AppContext): Promise<number> {
  const today = shanghaiToday(ctx.now());
  const now = ctx.now().toISOString();
  let dueOn: string;
  try {
    dueOn = (await loadWorkCalendar(ctx.db)).addWorkdays(today, AUTO_TASK_WORKING_DAYS);
  } catch (err) {
    if (err instanceof ArrangementMissing) {
      ctx.log.warn({ err }, 'supervision: no holiday arrangement for the deadline; overdue correction items wait');
      return 0;
    }
    throw err;
  }
  return ctx.db.transaction(async (tx) => {
    const items = await overdueCorrectionsWithoutTask(tx, today);
    for (const c of items) {
      const id = newId();
      const title = `纠正事项逾期未处理：${c.documentNo}`;
      const demand = `行政处罚决定${c.documentNo}经复核属"小案重罚""过罚不当"情形，纠正期限已于${c.dueOn}届满仍未纠正或说明理由。请在期限内纠正或说明理由，并答复落实情况。`;
      await insertSupervisionTask(
        tx,
        c.regionCode,
        {
          id,
          departmentId: c.departmentId,
          title,
          demand,
          origin: 'correction_overdue',
          subjectKind: 'correction_item',
          subjectId: c.id,
          figure: null,
          workingDays: AUTO_TASK_WORKING_DAYS,
          openedOn: today,
          dueOn,
          openedBy: null,
          openedByName: SWEEP_ACTOR.name,
        },
        now,
      );
      const payload = {
        departmentId: c.departmentId,
        title,
        demand,
        origin: 'correction_overdue',
        subject: { kind: 'correction_item', id: c.id },
        workingDays: AUTO_TASK_WORKING_DAYS,
        dueOn,
      };
      await appendEvent(tx, {
        regionCode: c.regionCode,
        aggregateType: 'supervision_task',
        aggregateId: id,
        type: 'supervision_task.opened',
        actor: SWEEP_ACTOR,
        occurredAt: now,
        toState: 'open',
        payload,
      });
      await appendEvent(tx, {
        regionCode: c.regionCode,
        aggregateType: 'correction_item',
        aggregateId: c.id,
        type: 'correction_item.supervision_opened',
        actor: SWEEP_ACTOR,
        occurredAt: now,
        payload: { taskId: id, dueOn },
      });
    }
    return items.length;
  });
}
